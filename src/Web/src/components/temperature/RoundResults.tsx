import type { SourcedAction, TemperatureRound } from "../../api/temperature";
import type { Change } from "../../api/types";
import { decimal } from "../charts/ChartFigure";
import { BarChart } from "../charts/BarChart";
import { weakestFirst } from "../../temperature/trend";
import { PlanFromPrerequisite } from "./PlanFromPrerequisite";

const signed = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${decimal(Math.abs(value))}`;

/** The closed round's results: a bar chart over the eight, the numbers as a table, and a plan item from any prerequisite. */
export function RoundResults({ code, round, actions, canPlan, afterSave }: {
  code: string;
  round: TemperatureRound;
  actions: SourcedAction[];
  canPlan: boolean;
  afterSave(change: Change): Promise<void>;
}) {
  const results = round.results ?? [];
  const hasPrevious = results.some((r) => r.change !== null);
  const categories = results.map((r) => `${r.prerequisite.number}. ${r.prerequisite.title}`);
  const series = [{ name: "Denne måling", values: results.map((r) => r.mean) }];
  if (hasPrevious) series.push({ name: "Forrige måling", values: results.map((r) => (r.mean !== null && r.change !== null ? r.mean - r.change : null)) });
  const weakest = weakestFirst(results)[0];

  return (
    <section className="panel" aria-labelledby="results-heading">
      <h2 id="results-heading">Resultater</h2>
      <BarChart
        title="Gennemsnit pr. organisatorisk forudsætning"
        summary={
          weakest?.mean != null
            ? `Skala 0–5, hvor 5 er bedst. Lavest: ${weakest.prerequisite.title} med ${decimal(weakest.mean)}.`
            : "Skala 0–5, hvor 5 er bedst. Ingen har svaret."
        }
        categoryLabel="Forudsætning"
        categories={categories}
        series={series}
        max={5}
      />
      <div className="table-wrap">
        <table className="table">
          <caption>Resultater pr. forudsætning (spørgeskema version {round.questionnaireVersion})</caption>
          <thead>
            <tr>
              <th scope="col">Forudsætning</th>
              <th scope="col">Gennemsnit</th>
              <th scope="col">Spredning</th>
              <th scope="col">Respondenter</th>
              <th scope="col">Ændring</th>
              <th scope="col">Udviklingsplan</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const made = actions.filter((a) => a.prerequisite === r.prerequisite.number);
              return (
                <tr key={r.prerequisite.number}>
                  <th scope="row">
                    {r.prerequisite.number}. {r.prerequisite.title}
                  </th>
                  <td>{r.mean === null ? "–" : decimal(r.mean)}</td>
                  <td>{r.spread === null ? "–" : decimal(r.spread)}</td>
                  <td>{r.respondents}</td>
                  <td>{r.change === null ? "–" : signed(r.change)}</td>
                  <td>
                    {made.map((a) => (
                      <p key={a.id} className="made-action">
                        {a.withheld ? "Punkt skrevet af en borger – ikke delt" : a.title}
                      </p>
                    ))}
                    {canPlan && <PlanFromPrerequisite code={code} round={round} result={r} afterSave={afterSave} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
