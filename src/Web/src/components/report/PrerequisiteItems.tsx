import type { PrerequisiteProgress } from "../../api/report";
import { formatDate } from "../../format";
import { planStatusLabels } from "../../labels";

/** One prerequisite's plan items; titles are hidden from people outside the municipality. */
export function PrerequisiteItems({ prerequisite }: { prerequisite: PrerequisiteProgress }) {
  const heading = `${prerequisite.number}. ${prerequisite.title}`;
  return (
    <div className="report-block">
      <h3>{heading}</h3>
      {prerequisite.items.length === 0 ? (
        <p className="empty">Ingen punkter i planen.</p>
      ) : (
        <div className="table-wrap">
          <table className="table report-table">
            <caption className="visually-hidden">Punkter under {heading}</caption>
            <thead>
              <tr>
                <th scope="col">Punkt</th>
                <th scope="col">Status</th>
                <th scope="col">Frist</th>
              </tr>
            </thead>
            <tbody>
              {prerequisite.items.map((item, index) => (
                <tr key={index}>
                  <td>{item.title ?? <span className="muted">Titel skjult</span>}</td>
                  <td>{planStatusLabels[item.status]}</td>
                  <td>{item.due ? <time dateTime={item.due}>{formatDate(item.due)}</time> : "Ingen frist"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
