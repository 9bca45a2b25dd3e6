import type { MunicipalityRow } from "../../api/nationalProgress";
import { formatMean } from "../../console/consoleFormat";
import { prerequisiteTitles } from "../../labels";

const numbers = [1, 2, 3, 4, 5, 6, 7, 8];
const CAPTION = "Gennemsnit pr. organisatorisk forudsætning i kommunens seneste afsluttede måling, skala 0–5";

/** The latest round's eight means side by side, one municipality per row; folded away as it is wide. */
export function TemperatureByPrerequisite({ rows }: { rows: readonly MunicipalityRow[] }) {
  const measured = rows.filter((r) => r.lastTemperatureRound !== null);
  return (
    <details className="console-details">
      <summary>Temperatur pr. forudsætning</summary>
      {measured.length === 0 ? (
        <p className="empty">Ingen af kommunerne har en afsluttet temperaturmåling endnu.</p>
      ) : (
        <>
          {/* Outside the scrolling table, so a phone shows the whole sentence. */}
          <p className="hint" aria-hidden="true">
            {CAPTION}.
          </p>
          <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel over temperatur pr. forudsætning">
            <table className="table console-table">
              <caption className="visually-hidden">{CAPTION}</caption>
              <thead>
                <tr>
                  <th scope="col">Kommune</th>
                  {numbers.map((n) => (
                    <th scope="col" key={n}>
                      {n}. {prerequisiteTitles[n]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {measured.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.name}</th>
                    {numbers.map((n) => (
                      <td key={n}>{formatMean(row.lastTemperatureRound!.results.find((r) => r.prerequisite === n)?.mean)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </details>
  );
}
