import { useId, useState } from "react";
import { addPlanItemFromReview, type CaseReview, type PrincipleTally } from "../../api/caseReviews";
import { judgementLabels, resultSeries, shareText, weakestPrinciple } from "../../caseReviews/caseReviewRules";
import { newOpId } from "../../collab/opIds";
import { useSave } from "../../hooks/useSave";
import { prerequisiteTitles, principleShortTitles } from "../../labels";
import { announce } from "../Announcer";
import { StackedBarChart } from "../charts/StackedBarChart";
import { SaveStatus } from "../SaveStatus";

interface CaseReviewResultsProps {
  municipalityCode: string;
  review: CaseReview;
  /** Whether the viewer may turn a result into a plan item (the steering group decides who actually may). */
  canAct: boolean;
  onActed(): void;
}

const CASE_HANDLING = 5;

const shortTitle = (tally: PrincipleTally) => `${tally.principle.number}. ${principleShortTitles[tally.principle.number] ?? tally.principle.title}`;

/** The counts per principle as a table and a stacked bar chart; once concluded, a principle's result can become a plan item. */
export function CaseReviewResults({ municipalityCode, review, canAct, onActed }: CaseReviewResultsProps) {
  const headingId = useId();
  const selectId = useId();
  const [prerequisite, setPrerequisite] = useState(CASE_HANDLING);
  const save = useSave();
  const acting = canAct && review.concluded;
  const weakest = weakestPrinciple(review.results);

  async function act(tally: PrincipleTally) {
    const saved = await save.run(() =>
      addPlanItemFromReview({
        municipalityCode,
        id: `i-${newOpId()}`,
        prerequisite,
        title: `Styrk princip ${tally.principle.number} i sagsarbejdet: ${principleShortTitles[tally.principle.number] ?? tally.principle.title}`,
        description: `Fra sagsgennemgangen "${review.title}": ${shareText(tally)} af de vurderede sager afspejlede princippet "${tally.principle.title}".`,
        reviewId: review.id,
      }),
    );
    if (saved) {
      announce(`Handlingen for princip ${tally.principle.number} er lagt i styregruppens udviklingsplan.`);
      onActed();
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{review.concluded ? "Resultater" : "Foreløbige resultater"}</h2>
      {!review.concluded && <p className="section-intro">Optalt indtil nu. Resultaterne fastholdes, når gennemgangen afsluttes.</p>}
      {acting && (
        <div className="field">
          <label htmlFor={selectId}>Nye handlinger lægges i udviklingsplanen under</label>
          <select id={selectId} value={prerequisite} onChange={(e) => setPrerequisite(Number(e.target.value))}>
            {Object.entries(prerequisiteTitles).map(([number, title]) => (
              <option key={number} value={number}>
                {number}. {title}
              </option>
            ))}
          </select>
        </div>
      )}
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
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Lav en handling for princip ${tally.principle.number}: ${tally.principle.title}`}
                      disabled={save.status === "saving"}
                      onClick={() => void act(tally)}
                    >
                      Lav en handling
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SaveStatus save={save} savedText="Handlingen er lagt i udviklingsplanen" />
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
