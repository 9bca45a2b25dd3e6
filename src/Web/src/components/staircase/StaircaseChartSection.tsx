import { useId } from "react";
import type { Staircase } from "../../api/staircase";
import { aimsAt, countSeries, formatCount, quarterLabel, topDown } from "../../staircase/staircaseRules";
import { PanelBarChart } from "../charts/PanelBarChart";
import { AimedActivities } from "./AimedActivities";

/** The staircase per quarter: citizens on each step, top step first, one panel per quarter. */
export function StaircaseChartSection({ code, staircase }: { code: string; staircase: Staircase }) {
  const headingId = useId();
  const { categories, series } = countSeries(staircase);
  const withCounts = staircase.quarters.filter((q) => q.counts.length > 0);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Trappen pr. kvartal</h2>
      {series.length === 0 ? (
        <p className="empty">Der er ingen antal endnu. Indtast dem nedenfor, eller indlæs en CSV-fil.</p>
      ) : (
        <PanelBarChart
          title="Borgere pr. trin i indsatstrappen"
          summary={summary(staircase, withCounts.map((q) => q.quarter))}
          categories={categories}
          series={series}
          categoryLabel="Trin"
          format={formatCount}
        />
      )}
      <AimedActivities code={code} activities={aimsAt(staircase.aimedActivities, "STAIRCASE_STEP")} steps={staircase.steps} showAim />
    </section>
  );
}

/** The text alternative: the span of quarters and how the top and bottom steps changed over it. */
function summary(staircase: Staircase, quarters: string[]): string {
  const first = quarters[0]!;
  const last = quarters.at(-1)!;
  const range = first === last ? quarterLabel(first) : `${quarterLabel(first)} til ${quarterLabel(last)}`;
  const steps = topDown(staircase.steps);
  const count = (quarter: string, stepId: string) =>
    staircase.quarters.find((q) => q.quarter === quarter)?.counts.find((c) => c.stepId === stepId)?.count;
  const change = (stepId: string, name: string) => {
    const [from, to] = [count(first, stepId), count(last, stepId)];
    return from === undefined || to === undefined ? null : `${name}: fra ${formatCount(from)} til ${formatCount(to)}`;
  };
  const told = first === last ? [] : [change(steps.at(-1)!.id, "Nederste trin"), change(steps[0]!.id, "øverste trin")].filter(Boolean);
  return `Antal borgere på hvert af ${steps.length} trin, ${range}.${told.length > 0 ? ` ${told.join("; ")}.` : ""}`;
}
