import type { MunicipalityRow } from "../../api/nationalProgress";
import { checklistText, formatMean, rolesText } from "../../console/consoleFormat";
import { citizenParticipants, municipalityProgressPath, type Sort, type SortKey } from "../../console/consoleQuery";
import { formatDateTime } from "../../format";
import { Link } from "../Link";
import { ActionCountsText } from "./ActionCountsText";

const columns: { key: SortKey; label: string }[] = [
  { key: "kommune", label: "Kommune" },
  { key: "region", label: "Region" },
  { key: "fase", label: "Fase" },
  { key: "tjekliste", label: "Tjekliste" },
  { key: "temperatur", label: "Seneste temperaturmåling" },
  { key: "forsinket", label: "Handlinger" },
  { key: "workshops", label: "Workshops" },
  { key: "borgere", label: "Borgere deltager" },
];

interface Props {
  rows: readonly MunicipalityRow[];
  sort: Sort;
  onSort(key: SortKey): void;
}

/**
 * One row per participating municipality. Each column header is a button that sorts by it; the
 * order is told by aria-sort and in words, the overdue actions by a marked badge, never colour only.
 */
export function MunicipalityTable({ rows, sort, onSort }: Props) {
  return (
    // Focusable so keyboard users can scroll the table sideways on a phone.
    <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel over deltagende kommuner">
      <table className="table console-table">
        <caption className="visually-hidden">
          Deltagende kommuner, sorteret efter {columns.find((c) => c.key === sort.key)!.label.toLocaleLowerCase("da")}
          {sort.descending ? ", faldende" : ", stigende"}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = c.key === sort.key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-button__arrow">
                      {active ? (sort.descending ? " ▼" : " ▲") : ""}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <Link to={municipalityProgressPath(row.code)}>{row.name}</Link>
              </th>
              <td>{row.region}</td>
              <td>{row.phaseTitle}</td>
              <td>{checklistText(row.checklistDone, row.checklistTotal)}</td>
              <td>
                {row.lastTemperatureRound ? (
                  <>
                    {formatDateTime(row.lastTemperatureRound.closedAt)}
                    <br />
                    Gns. {formatMean(row.lastTemperatureRound.mean)}
                  </>
                ) : (
                  "Ingen endnu"
                )}
              </td>
              <td>
                <ActionCountsText actions={row.actions} />
              </td>
              <td>
                {row.workshops.held} afholdt
                {row.workshops.lastHeldAt && (
                  <>
                    <br />
                    seneste {formatDateTime(row.workshops.lastHeldAt)}
                  </>
                )}
              </td>
              <td>
                {row.citizensTakePart ? "Ja" : "Nej"}
                {citizenParticipants(row).length > 0 && (
                  <>
                    <br />
                    {rolesText(citizenParticipants(row))}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
