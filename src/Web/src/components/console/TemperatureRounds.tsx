import type { TemperatureSnapshot } from "../../api/nationalProgress";
import { formatMean } from "../../console/consoleFormat";
import { formatDateTime } from "../../format";
import { prerequisiteTitles } from "../../labels";
import { trendSentence } from "../../temperature/trend";
import { LineChart } from "../charts/LineChart";

const numbers = [1, 2, 3, 4, 5, 6, 7, 8];

/** The closed rounds: the mean's course over time (from two rounds) and every prerequisite's mean per round. */
export function TemperatureRounds({ rounds }: { rounds: readonly TemperatureSnapshot[] }) {
  if (rounds.length === 0) return <p className="empty">Kommunen har ingen afsluttede temperaturmålinger endnu.</p>;
  // Numbered, as two rounds may close on the same day and a chart's categories must differ.
  const labels = rounds.map((_, i) => `${i + 1}. måling`);
  const means = rounds.map((r) => r.mean);
  return (
    <>
      {rounds.length > 1 && (
        <LineChart
          title="Gennemsnitlig temperatur pr. måling"
          summary={`Gennemsnittet af alle otte forudsætninger i hver afsluttet måling, ældste først, på en skala fra 0 til 5. ${trendSentence(means)}`}
          categoryLabel="Måling"
          categories={labels}
          series={[{ name: "Gennemsnit", values: means }]}
          max={5}
        />
      )}
      <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel over temperatur pr. forudsætning og måling">
        <table className="table console-table">
          <caption>Gennemsnit pr. organisatorisk forudsætning i hver afsluttet måling, skala 0–5</caption>
          <thead>
            <tr>
              <th scope="col">Forudsætning</th>
              {rounds.map((r, i) => (
                <th scope="col" key={i}>
                  {labels[i]}
                  <br />
                  <span className="meta">{formatDateTime(r.closedAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {numbers.map((n) => (
              <tr key={n}>
                <th scope="row">
                  {n}. {prerequisiteTitles[n]}
                </th>
                {rounds.map((r, i) => (
                  <td key={i}>{formatMean(r.results.find((x) => x.prerequisite === n)?.mean)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Alle otte</th>
              {rounds.map((r, i) => (
                <td key={i}>{formatMean(r.mean)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Besvarelser</th>
              {rounds.map((r, i) => (
                <td key={i}>{r.respondents}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
