import { useEffect, useId, useState } from "react";
import { messageOf } from "../../api/errors";
import { fetchImplementationGroups } from "../../api/implementationQueries";
import type { ImplementationGroupSummary } from "../../api/implementationTypes";
import { countLabel } from "../../labels";
import { implementationGroupPath } from "../../router";
import { ErrorMessage } from "../ErrorMessage";
import { Link } from "../Link";
import { Loading } from "../Loading";
import { EstablishImplementationGroupForm } from "./EstablishImplementationGroupForm";

type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; groups: ImplementationGroupSummary[] };

interface ImplementationGroupsSectionProps {
  municipalityCode: string;
  canEstablish: boolean;
}

/** The municipality's implementation groups, each a link to its own page. */
export function ImplementationGroupsSection({ municipalityCode, canEstablish }: ImplementationGroupsSectionProps) {
  const headingId = useId();
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    fetchImplementationGroups(municipalityCode).then(
      (groups) => active && setState({ status: "ready", groups }),
      (error: unknown) => active && setState({ status: "error", message: messageOf(error) }),
    );
    return () => {
      active = false;
    };
  }, [municipalityCode, attempt]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Implementeringsgrupper</h2>
      <p className="section-intro">Grupperne omsætter de otte principper til praksis og rapporterer til styregruppen.</p>
      {state.status === "loading" && <Loading text="Henter implementeringsgrupper …" />}
      {state.status === "error" && <ErrorMessage onRetry={() => setAttempt((n) => n + 1)}>{state.message}</ErrorMessage>}
      {state.status === "ready" &&
        (state.groups.length === 0 ? (
          <p className="empty">Der er ikke nedsat nogen implementeringsgrupper endnu.</p>
        ) : (
          <ul className="group-list">
            {state.groups.map((group) => (
              <li key={group.slug} className="group-list__item">
                <Link to={implementationGroupPath(municipalityCode, group.slug)} className="group-list__name">
                  {group.name}
                </Link>
                {group.focus && <p className="group-list__focus">{group.focus}</p>}
                <p className="meta">{countLabel(group.activities.length, "aktivitet", "aktiviteter")}</p>
              </li>
            ))}
          </ul>
        ))}
      {canEstablish && state.status === "ready" && (
        <EstablishImplementationGroupForm municipalityCode={municipalityCode} existing={state.groups} />
      )}
    </section>
  );
}
