import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { expireSession, useToken } from "./auth";
import { messageOf } from "./api/errors";
import { fetchMunicipality, fetchViewer } from "./api/queries";
import type { Viewer } from "./api/types";
import { navigate } from "./router";

export type ViewerState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; viewer: Viewer | null; municipalityName: string | null };

const ViewerContext = createContext<ViewerState>({ status: "loading" });

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

export function ViewerProvider({ children }: { children: ReactNode }) {
  const token = useToken();
  const [state, setState] = useState<ViewerState>({ status: "loading" });

  useEffect(() => {
    if (token === null) {
      setState({ status: "ready", viewer: null, municipalityName: null });
      return;
    }
    let active = true;
    setState({ status: "loading" });
    (async () => {
      try {
        const viewer = await fetchViewer();
        if (!active) return;
        if (viewer === null) {
          // The server no longer accepts this token.
          expireSession();
          navigate("/log-ind");
          return;
        }
        let municipalityName: string | null = null;
        if (viewer.municipalityCode) {
          municipalityName = await fetchMunicipality(viewer.municipalityCode).then(
            (m) => m.name,
            () => null,
          );
        }
        if (active) setState({ status: "ready", viewer, municipalityName });
      } catch (error) {
        if (active) setState({ status: "error", message: messageOf(error) });
      }
    })();
    return () => {
      active = false;
    };
  }, [token]);

  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}
