import { useId, useState } from "react";
import { fetchActivitiesAsOf } from "../../api/implementationQueries";
import { formatDate } from "../../format";
import { useFetched } from "../../hooks/useFetched";
import { planStatusLabels } from "../../labels";
import { AsOfBanner } from "../AsOfBanner";
import { AsOfPicker } from "../AsOfPicker";
import { ErrorMessage } from "../ErrorMessage";
import { Loading } from "../Loading";

/** "Vis planen som den var den" for an implementation plan: the activities at the end of a past day, read-only. */
export function ImplementationPlanAsOf({ code, slug }: { code: string; slug: string }) {
  const headingId = useId();
  const [day, setDay] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Planen på en tidligere dag</h2>
      <AsOfPicker key={day ?? ""} day={day} onPick={setDay} />
      {day && <ActivitiesOnDay code={code} slug={slug} day={day} onBack={() => setDay(null)} />}
    </section>
  );
}

function ActivitiesOnDay({ code, slug, day, onBack }: { code: string; slug: string; day: string; onBack(): void }) {
  const [state, reload] = useFetched(`${code}/${slug}/${day}`, () => fetchActivitiesAsOf(code, slug, day));
  return (
    <>
      <AsOfBanner what="implementeringsplanen" day={day} onBack={onBack} />
      {state.status === "loading" && <Loading text="Henter planen, som den var …" />}
      {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
      {state.status === "ready" && state.value === null && <p className="empty">Gruppen var ikke nedsat endnu på den dag.</p>}
      {state.status === "ready" && state.value?.length === 0 && <p className="empty">Planen havde ingen aktiviteter på den dag.</p>}
      {state.status === "ready" && state.value && state.value.length > 0 && (
        <table className="table">
          <caption>Implementeringsplanen den {formatDate(day)}</caption>
          <thead>
            <tr>
              <th scope="col">Aktivitet</th>
              <th scope="col">Principper</th>
              <th scope="col">Status</th>
              <th scope="col">Frist</th>
              <th scope="col">Ansvarlig</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{a.principles.join(", ")}</td>
                <td>{planStatusLabels[a.status]}</td>
                <td>{a.due ? formatDate(a.due) : "Ingen frist"}</td>
                <td>{a.ownerName ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
