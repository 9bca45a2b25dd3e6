import { useId } from "react";
import type { CaseReview, PrincipleTally } from "../../api/caseReviews";
import { judgementLabels, resultSeries, shareText, weakestPrinciple } from "../../caseReviews/caseReviewRules";
import { principleShortTitles } from "../../labels";
import { StackedBarChart } from "../charts/StackedBarChart";
import { PlanFromPrinciple } from "./PlanFromPrinciple";

interface CaseReviewResultsProps {
  municipalityCode: string;
  review: CaseReview;
  /** Whether the viewer may turn a result into a plan item (the steering group decides who actually may). */
  canAct: boolean;
  onActed(): void;
}

const shortTitle = (tally: PrincipleTally) => `${tally.principle.number}. ${principleShortTitles[tally.principle.number] ?? tally.principle.title}`;

/** The counts per principle as a table and a stacked bar chart; once concluded, a principle's result can become a plan item. */
export function CaseReviewResults({ municipalityCode, review, canAct, onActed }: CaseReviewResultsProps) {
  const headingId = useId();
  const acting = canAct && review.concluded;
  const weakest = weakestPrinciple(review.results);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{review.concluded ? "Resultater" : "Foreløbige resultater"}</h2>
      {!review.concluded && <p className="section-intro">Optalt indtil nu. Resultaterne fastholdes, når gennemgangen afsluttes.</p>}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Resultater pr. princip</caption>
          <thead>
            <tr>
              <th scope="col">Princip</th>
              <th scope="col">{judgementLabels.REFLECTED}</th>
              <th scope="col">{judgementLabels.PARTLY}</th>
              <th scope="col">{judgementLabels.NOT_REFLECTED}</th>
              <th scope="col">Andel afspejlet</th>
              {acting && <th scope="col">Udviklingsplan</th>}
            </tr>
          </thead>
          <tbody>
            {review.results.map((tally) => (
              <tr key={tally.principle.number}>
                <th scope="row" title={tally.principle.title}>
                  {shortTitle(tally)}
                </th>
                <td>{tally.reflected}</td>
                <td>{tally.partly}</td>
                <td>{tally.notReflected}</td>
                <td>{shareText(tally)}</td>
                {acting && (
                  <td>
                    <PlanFromPrinciple code={municipalityCode} review={review} tally={tally} onMade={onActed} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StackedBarChart
        title="Sagerne pr. princip"
        summary={
          weakest
            ? `Antal sager, der afspejler hvert princip, delvist eller ikke. Lavest andel afspejlet: ${shortTitle(weakest)} med ${shareText(weakest)}.`
            : "Ingen sager er vurderet endnu."
        }
        categories={review.results.map(shortTitle)}
        series={resultSeries(review.results)}
        format={(value) => String(value)}
        categoryLabel="Princip"
      />
    </section>
  );
}
