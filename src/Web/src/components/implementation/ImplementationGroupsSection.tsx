import { useId } from "react";
import { fetchImplementationGroups } from "../../api/implementationQueries";
import { useLiveStream } from "../../api/live";
import { useFetched } from "../../hooks/useFetched";
import { countLabel } from "../../labels";
import { groupPath } from "../../router";
import { ErrorMessage } from "../ErrorMessage";
import { Link } from "../Link";
import { Loading } from "../Loading";
import { EstablishImplementationGroupForm } from "./EstablishImplementationGroupForm";

/** The stored name of the municipality event that adds a group to its registry. */
const GROUP_REGISTERED = "municipality_group_registered";

interface ImplementationGroupsSectionProps {
  municipalityCode: string;
  canEstablish: boolean;
}

/** The municipality's implementation groups, each a link to its own page. */
export function ImplementationGroupsSection({ municipalityCode, canEstablish }: ImplementationGroupsSectionProps) {
  const headingId = useId();
  const [state, reload] = useFetched(municipalityCode, () => fetchImplementationGroups(municipalityCode));
  // A group set up by someone else appears without reload: the municipality's registry is its stream.
  useLiveStream(`municipality:${municipalityCode}`, {
    onFollowed: (_version, resync) => resync && reload(),
    onNotice: (notice) => notice.events.includes(GROUP_REGISTERED) && reload(),
  });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Implementeringsgrupper</h2>
      <p className="section-intro">Grupperne omsætter de otte principper til praksis og rapporterer til styregruppen.</p>
      {state.status === "loading" && <Loading text="Henter implementeringsgrupper …" />}
      {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
      {state.status === "ready" &&
        (state.value.length === 0 ? (
          <p className="empty">Der er ikke nedsat nogen implementeringsgrupper endnu.</p>
        ) : (
          <ul className="group-list">
            {state.value.map((group) => (
              <li key={group.slug} className="group-list__item">
                <Link to={groupPath(municipalityCode, group.slug)} className="group-list__name">
                  {group.name}
                </Link>
                {group.focus && <p className="group-list__focus">{group.focus}</p>}
                <p className="meta">{countLabel(group.activities, "aktivitet", "aktiviteter")}</p>
              </li>
            ))}
          </ul>
        ))}
      {canEstablish && state.status === "ready" && (
        <EstablishImplementationGroupForm municipalityCode={municipalityCode} existing={state.value} />
      )}
    </section>
  );
}
