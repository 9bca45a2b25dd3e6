import type { GroupProgress } from "../../api/report";
import { formatDateTime } from "../../format";

export function GroupsTable({ groups, titlesHidden }: { groups: GroupProgress[]; titlesHidden: boolean }) {
  if (groups.length === 0) return <p className="empty">Kommunen har ingen implementeringsgrupper endnu.</p>;
  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption>Implementeringsgrupper med antal aktiviteter og seneste rapport</caption>
        <thead>
          <tr>
            <th scope="col">Gruppe</th>
            <th scope="col">Aktiviteter</th>
            <th scope="col">Seneste rapport</th>
            <th scope="col">Dato</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.slug}>
              <th scope="row">{group.name}</th>
              <td className="number">{group.activities}</td>
              <td>
                {group.latestReportAt === null ? (
                  "Ingen rapport endnu"
                ) : titlesHidden ? (
                  <span className="muted">Titel skjult</span>
                ) : (
                  group.latestReportTitle
                )}
              </td>
              <td>
                {group.latestReportAt && <time dateTime={group.latestReportAt}>{formatDateTime(group.latestReportAt)}</time>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
