import { useId } from "react";
import { formatDateTime } from "../../format";
import { ReportForm } from "./ReportForm";
import type { GroupSectionProps } from "./sectionProps";
import { Withheld } from "./Withheld";

/** Status reports to the steering group, newest first. */
export function ReportsSection({ group, afterSave }: GroupSectionProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Rapporter til styregruppen</h2>
      {group.canGovern && <ReportForm group={group} afterSave={afterSave} />}
      {group.reports.length === 0 ? (
        <p className="empty">Gruppen har ikke sendt nogen rapporter endnu.</p>
      ) : (
        <ol className="decision-list" aria-label="Rapporter, nyeste først">
          {group.reports.map((report) => (
            <li key={report.id} className="decision">
              <h3 className="decision__title">
                <Withheld withheld={report.withheld}>{report.title}</Withheld>
              </h3>
              {report.text && <p className="decision__rationale">{report.text}</p>}
              <p className="meta">
                Sendt <time dateTime={report.submittedAt}>{formatDateTime(report.submittedAt)}</time>
                {report.submittedByName && <> af {report.submittedByName}</>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
