import { useId, useState } from "react";
import { fetchActions, type MunicipalAction } from "../api/planOverview";
import { formatDate } from "../format";
import { useFetched } from "../hooks/useFetched";
import { planStatusLabels } from "../labels";
import { groupPath } from "../router";
import { ErrorMessage } from "./ErrorMessage";
import { Link } from "./Link";
import { Loading } from "./Loading";

const WITHHELD = "Skrevet af en borger – ikke delt";

/** Every action of the municipality's plans in one table, optionally only the overdue ones. */
export function ActionsOverview({ code }: { code: string }) {
  const headingId = useId();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [state, reload] = useFetched(`${code}/${overdueOnly}`, () => fetchActions(code, overdueOnly));

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Alle handlinger</h2>
      <p className="hint">Handlinger fra styregruppens udviklingsplan og alle implementeringsplaner.</p>
      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} /> Vis kun handlinger med
          overskredet frist
        </label>
        <button type="button" className="button button--quiet" onClick={reload}>
          Opdatér
        </button>
      </div>
      {state.status === "loading" && <Loading text="Henter handlinger …" />}
      {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
      {state.status === "ready" && <ActionsTable code={code} actions={state.value} overdueOnly={overdueOnly} />}
    </section>
  );
}

function ActionsTable({ code, actions, overdueOnly }: { code: string; actions: MunicipalAction[]; overdueOnly: boolean }) {
  if (actions.length === 0)
    return <p className="empty">{overdueOnly ? "Ingen handlinger har overskredet fristen." : "Der er ingen handlinger endnu."}</p>;
  return (
    <table className="table">
      <caption>{overdueOnly ? "Handlinger med overskredet frist" : "Alle handlinger"}</caption>
      <thead>
        <tr>
          <th scope="col">Gruppe</th>
          <th scope="col">Handling</th>
          <th scope="col">Status</th>
          <th scope="col">Frist</th>
          <th scope="col">Ansvarlig</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={`${action.groupSlug ?? "styregruppe"}/${action.id}`}>
            <td>
              {action.groupSlug ? <Link to={groupPath(code, action.groupSlug)}>{action.groupName}</Link> : action.groupName}
            </td>
            <td>{action.withheld ? <em>{WITHHELD}</em> : action.title}</td>
            <td>{planStatusLabels[action.status]}</td>
            <td>
              {action.due ? formatDate(action.due) : "Ingen frist"}
              {action.overdue && <strong className="badge badge--warning"> Overskredet</strong>}
            </td>
            <td>{action.ownerName ?? "–"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
