import { useId } from "react";
import { fetchGroupReports } from "../api/planOverview";
import { formatDateTime } from "../format";
import { useFetched } from "../hooks/useFetched";
import { groupPath } from "../router";
import { ErrorMessage } from "./ErrorMessage";
import { Link } from "./Link";
import { Loading } from "./Loading";

/** The steering group reads every implementation group's reports in one place, newest first. */
export function GroupReportsSection({ code, version }: { code: string; version: number }) {
  const headingId = useId();
  const [state, reload] = useFetched(`${code}/${version}`, () => fetchGroupReports(code));

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Rapporter fra implementeringsgrupperne</h2>
      {state.status === "loading" && <Loading text="Henter rapporter …" />}
      {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
      {state.status === "ready" &&
        (state.value.length === 0 ? (
          <p className="empty">Implementeringsgrupperne har ikke sendt rapporter endnu.</p>
        ) : (
          <ol className="decision-list" aria-label="Rapporter, nyeste først">
            {state.value.map((report) => (
              <li key={`${report.groupSlug}/${report.id}`} className="decision">
                <h3 className="decision__title">{report.withheld ? "Rapport (ikke delt)" : report.title}</h3>
                {!report.withheld && <p className="decision__rationale">{report.text}</p>}
                <p className="meta">
                  Fra {report.groupSlug ? <Link to={groupPath(code, report.groupSlug)}>{report.groupName}</Link> : report.groupName},{" "}
                  <time dateTime={report.submittedAt}>{formatDateTime(report.submittedAt)}</time>
                  {report.submittedByName && <> af {report.submittedByName}</>}
                </p>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
