import { useId } from "react";
import type { Staircase } from "../../api/staircase";
import { aimsAt, expenditureSeries, formatMillions, formatShare, keyFigureLabels, quarterLabel } from "../../staircase/staircaseRules";
import { LineChart } from "../charts/LineChart";
import { PanelBarChart } from "../charts/PanelBarChart";
import { AimedActivities } from "./AimedActivities";

/** The key figures over the quarters, each beside the plan activities that aim at it. */
export function KeyFiguresSection({ code, staircase }: { code: string; staircase: Staircase }) {
  const headingId = useId();
  const quarters = staircase.quarters.filter((q) => q.educationOrEmploymentShare !== null || q.readmissionShare !== null);
  const categories = quarters.map((q) => quarterLabel(q.quarter));
  const expenditure = expenditureSeries(staircase);
  const share = (name: string, values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    const told = known.length > 1 ? ` Fra ${formatShare(known[0]!)} til ${formatShare(known.at(-1)!)}.` : "";
    return `${name} pr. kvartal, ${categories[0]} til ${categories.at(-1)}.${told}`;
  };
  const education = quarters.map((q) => q.educationOrEmploymentShare);
  const readmission = quarters.map((q) => q.readmissionShare);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Nøgletal</h2>
      <p className="section-intro">
        Tallene flytter sig langsomt og af mange grunde. Læs dem over flere kvartaler og sammen med de handlinger, der sigter mod dem.
      </p>
      <div className="key-figure">
        {quarters.length === 0 ? (
          <p className="empty">Der er ingen andele indtastet endnu.</p>
        ) : (
          <LineChart
            title={keyFigureLabels.EDUCATION_OR_EMPLOYMENT}
            summary={share("Andelen af målgruppen i uddannelse eller beskæftigelse", education)}
            categories={categories}
            series={[{ name: "Andel i uddannelse eller beskæftigelse", values: education }]}
            categoryLabel="Kvartal"
            format={formatShare}
          />
        )}
        <AimedActivities code={code} activities={aimsAt(staircase.aimedActivities, "EDUCATION_OR_EMPLOYMENT")} steps={staircase.steps} />
      </div>
      <div className="key-figure">
        {quarters.length > 0 && (
          <LineChart
            title={keyFigureLabels.READMISSIONS}
            summary={share("Andelen af psykiatriske genindlæggelser", readmission)}
            categories={categories}
            series={[{ name: "Andel psykiatriske genindlæggelser", values: readmission }]}
            categoryLabel="Kvartal"
            format={formatShare}
          />
        )}
        <AimedActivities code={code} activities={aimsAt(staircase.aimedActivities, "READMISSIONS")} steps={staircase.steps} />
      </div>
      <div className="key-figure">
        {expenditure.series.length === 0 ? (
          <p className="empty">Der er ingen udgifter indtastet endnu.</p>
        ) : (
          <PanelBarChart
            title={`${keyFigureLabels.EXPENDITURE} (mio. kr.)`}
            summary={`Udgifter pr. kvartal til ydelserne på ${expenditure.categories.length} trin, ${expenditure.series[0]!.name} til ${expenditure.series.at(-1)!.name}, i millioner kroner.`}
            categories={expenditure.categories}
            series={expenditure.series}
            categoryLabel="Ydelsestype"
            format={formatMillions}
          />
        )}
        <AimedActivities code={code} activities={aimsAt(staircase.aimedActivities, "EXPENDITURE")} steps={staircase.steps} showAim />
      </div>
    </section>
  );
}
