import type { Instrument, MeasureAnswer } from "../../api/citizenMeasures";
import { periodLabel, scoreText } from "../../api/citizenMeasures";
import { LineChart } from "../charts/LineChart";

const dateFormat = new Intl.DateTimeFormat("da-DK", { dateStyle: "medium", timeZone: "Europe/Copenhagen" });

/** One citizen's scores over time, for the citizen and their own staff: a chart per quarter and every answer as a table. */
export function MeasureTrend({ measures, instruments, who }: { measures: MeasureAnswer[]; instruments: Instrument[]; who: string }) {
  if (measures.length === 0) return <p>Der er ingen besvarelser endnu.</p>;
  const periods = [...new Set(measures.map((m) => m.period))].sort();
  // The last scored form in a quarter is the one that counts for it, as in the municipality's figures.
  const series = instruments.map((instrument) => ({
    name: instrument.name,
    values: periods.map((period) => {
      const scored = measures.filter((m) => m.instrument === instrument.id && m.period === period && m.score !== null);
      return scored.length > 0 ? scored[scored.length - 1]!.score : null;
    }),
  }));
  const nameOf = (id: string) => instruments.find((i) => i.id === id)?.name ?? id;
  return (
    <>
      <LineChart title={`${who} over tid`} summary={`Score fra 0 til 100 pr. kvartal for ${instruments.map((i) => i.name).join(" og ")}. Højere er bedre.`}
        categories={periods.map(periodLabel)} series={series} max={100} categoryLabel="Kvartal" />
      <div className="table-wrap">
        <table className="table">
          <caption>Alle besvarelser</caption>
          <thead>
            <tr>
              <th scope="col">Dato</th>
              <th scope="col">Spørgeskema</th>
              <th scope="col">Score (0–100)</th>
              <th scope="col">Indtastet</th>
            </tr>
          </thead>
          <tbody>
            {[...measures].reverse().map((m) => (
              <tr key={`${m.at}-${m.instrument}`}>
                <td>{dateFormat.format(new Date(m.at))}</td>
                <td>{nameOf(m.instrument)}</td>
                <td>{scoreText(m)}</td>
                <td>{m.onBehalf ? "På borgerens vegne" : "Af borgeren"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
