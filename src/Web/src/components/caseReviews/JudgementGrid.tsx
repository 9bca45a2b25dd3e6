import { useRef } from "react";
import type { CaseJudgement, CaseReview } from "../../api/caseReviews";
import { judgeReviewedCase, removeReviewedCase } from "../../api/caseReviews";
import type { Save } from "../../hooks/useSave";
import { principleShortTitles } from "../../labels";
import { SaveStatus } from "../SaveStatus";
import { JudgementCell } from "./JudgementCell";

interface JudgementGridProps {
  municipalityCode: string;
  review: CaseReview;
  save: Save;
  onChanged(): void;
}

/** The cases side by side, one row per principle: each cell a judgement of one case against one principle. */
export function JudgementGrid({ municipalityCode, review, save, onChanged }: JudgementGridProps) {
  // Judgements are sent one after another, never dropped: arrow keys move through a cell's choices
  // faster than the server answers, and the last choice must be the one that stays.
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const cases = review.cases ?? [];
  if (cases.length === 0) return <p className="empty">Der er ingen sager i gennemgangen endnu.</p>;

  function enqueue(action: () => Promise<unknown>) {
    const next = queue.current.then(() => save.run(action));
    queue.current = next;
    // Fetched once the last of a quick series is stored, so the page never shows a choice already passed.
    void next.then((saved) => saved && queue.current === next && onChanged());
    return next;
  }

  const judge = (caseId: string, principle: number, judgement: CaseJudgement, note: string) =>
    enqueue(() => judgeReviewedCase({ municipalityCode, reviewId: review.id, caseId, principle, judgement, note }));

  const remove = (caseId: string) => enqueue(() => removeReviewedCase({ municipalityCode, reviewId: review.id, caseId }));

  return (
    <>
      <div className="table-wrap">
        <table className="table judgement-grid">
          <caption className="visually-hidden">Sagerne vurderet mod de otte principper</caption>
          <thead>
            <tr>
              <th scope="col">Princip</th>
              {cases.map((c) => (
                <th scope="col" key={c.id}>
                  {c.reference}
                  {!review.concluded && (
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={`Fjern ${c.reference} fra gennemgangen`}
                      onClick={() => void remove(c.id)}
                    >
                      Fjern
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {review.results.map(({ principle }) => (
              <tr key={principle.number}>
                <th scope="row" title={principle.title}>
                  {principle.number}. {principleShortTitles[principle.number] ?? principle.title}
                </th>
                {cases.map((c) => {
                  const given = c.judgements.find((j) => j.principle.number === principle.number);
                  return (
                    <td key={c.id}>
                      <JudgementCell
                        label={`${c.reference}, princip ${principle.number}: ${principle.title}`}
                        judgement={given?.judgement ?? null}
                        note={given?.note ?? ""}
                        readOnly={review.concluded}
                        onJudge={(judgement, note) => judge(c.id, principle.number, judgement, note)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SaveStatus save={save} />
    </>
  );
}
