import { useId, useState } from "react";
import type { TemperatureRoundSummary } from "../../api/temperature";
import { prerequisiteTitles } from "../../labels";
import { LineChart } from "../charts/LineChart";
import { trendOf, trendSentence } from "../../temperature/trend";

/** One prerequisite's mean across the closed rounds, beside the mean of all eight; needs two closed rounds to be a trend. */
export function TemperatureTrend({ rounds }: { rounds: readonly TemperatureRoundSummary[] }) {
  const selectId = useId();
  const [prerequisite, setPrerequisite] = useState(1);
  if (rounds.filter((r) => r.closedAt !== null).length < 2) return null;
  const title = prerequisiteTitles[prerequisite] ?? `Forudsætning ${prerequisite}`;
  const trend = trendOf(rounds, prerequisite, title, (r) => r.title);
  return (
    <div className="trend">
      <h3>Udviklingen over tid</h3>
      <div className="field">
        <label htmlFor={selectId}>Vis udviklingen for</label>
        <select id={selectId} value={prerequisite} onChange={(e) => setPrerequisite(Number(e.target.value))}>
          {Object.entries(prerequisiteTitles).map(([number, text]) => (
            <option key={number} value={number}>
              {number}. {text}
            </option>
          ))}
        </select>
      </div>
      <LineChart
        title={`Udvikling: ${title}`}
        summary={`Gennemsnittet for ${title} og for alle otte forudsætninger i hver afsluttet måling, ældste først, på en skala fra 0 til 5. ${trendSentence(trend.series[0]!.values)}`}
        categoryLabel="Måling"
        categories={trend.categories}
        series={trend.series}
        max={5}
      />
    </div>
  );
}
