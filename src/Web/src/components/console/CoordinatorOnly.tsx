import type { ReactNode } from "react";
import { NATIONAL_COORDINATOR } from "../../labels";
import { useViewer } from "../../viewer";
import { ErrorMessage } from "../ErrorMessage";
import { Link } from "../Link";
import { Loading } from "../Loading";
import { NoAccess } from "../NoAccess";

/** Shows the console only to the national coordinator; anyone else is told so before anything is fetched. */
export function CoordinatorOnly({ children }: { children: ReactNode }) {
  const state = useViewer();
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorMessage>{state.message}</ErrorMessage>;
  if (state.viewer === null)
    return (
      <p>
        <Link to="/log-ind">Log ind</Link> som national koordinator for at se oversigten.
      </p>
    );
  if (state.viewer.role !== NATIONAL_COORDINATOR) return <NoAccess>Kun for den nationale koordinator.</NoAccess>;
  return children;
}
