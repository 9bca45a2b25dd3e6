import { useId, useState } from "react";
import type { Staircase } from "../../api/staircase";
import { direction, directionLabels, formatCount, quarterLabel, topDown } from "../../staircase/staircaseRules";
import { Field } from "../Field";
import { FlowChart } from "../charts/FlowChart";

/** Movements between steps in one quarter at a time, as arrows beside the staircase. */
export function MovementSection({ staircase }: { staircase: Staircase }) {
  const headingId = useId();
  const quarters = [...new Set(staircase.movements.map((m) => m.quarter))];
  const [chosen, setChosen] = useState<string | null>(null);
  const quarter = chosen && quarters.includes(chosen) ? chosen : (quarters.at(-1) ?? null);
  const flows = staircase.movements.filter((m) => m.quarter === quarter).map((m) => ({ from: m.fromStepId, to: m.toStepId, value: m.count }));
  const down = flows.filter((f) => direction(staircase.steps, f.from, f.to) === "down").reduce((sum, f) => sum + f.value, 0);
  const up = flows.reduce((sum, f) => sum + f.value, 0) - down;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Bevægelser mellem trin</h2>
      {quarter === null ? (
        <p className="empty">Der er ingen bevægelser registreret endnu.</p>
      ) : (
        <>
          <Field label="Kvartal">
            {({ id }) => (
              <select id={id} value={quarter} onChange={(e) => setChosen(e.target.value)}>
                {quarters.map((q) => (
                  <option key={q} value={q}>
                    {quarterLabel(q)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FlowChart
            title={`Bevægelser i ${quarterLabel(quarter)}`}
            summary={`${formatCount(down)} borgere flyttede ned ad trappen og ${formatCount(up)} op ad trappen i ${quarterLabel(quarter)}.`}
            nodes={topDown(staircase.steps)}
            flows={flows}
            isHoped={(f) => direction(staircase.steps, f.from, f.to) === "down"}
            hopedLabel={directionLabels.down}
            otherLabel={directionLabels.up}
            format={formatCount}
          />
        </>
      )}
    </section>
  );
}
