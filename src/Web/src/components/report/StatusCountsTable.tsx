import type { StatusCounts } from "../../api/report";
import { planStatusLabels } from "../../labels";

interface StatusCountsTableProps {
  caption: string;
  /** Header of the first column, e.g. "Forudsætning". */
  rowHeader: string;
  rows: (StatusCounts & { number: number; title: string })[];
}

/** Counts per status as numbers in labelled columns, so nothing depends on colour. */
export function StatusCountsTable({ caption, rowHeader, rows }: StatusCountsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">{planStatusLabels.PLANNED}</th>
            <th scope="col">{planStatusLabels.IN_PROGRESS}</th>
            <th scope="col">{planStatusLabels.DONE}</th>
            <th scope="col">{planStatusLabels.ON_HOLD}</th>
            <th scope="col">I alt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number}>
              <th scope="row">
                {row.number}. {row.title}
              </th>
              <td className="number">{row.planned}</td>
              <td className="number">{row.inProgress}</td>
              <td className="number">{row.done}</td>
              <td className="number">{row.onHold}</td>
              <td className="number">{row.planned + row.inProgress + row.done + row.onHold}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
