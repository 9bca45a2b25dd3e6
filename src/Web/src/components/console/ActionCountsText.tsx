import type { ActionCounts } from "../../api/nationalProgress";

/** Actions by status; overdue ones as a marked badge with the word, so it never rests on colour. */
export function ActionCountsText({ actions }: { actions: ActionCounts }) {
  return (
    <span className="action-counts">
      {actions.planned} planlagt, {actions.inProgress} i gang, {actions.done} færdig
      {actions.onHold > 0 && `, ${actions.onHold} på pause`}
      {actions.overdue > 0 && (
        <>
          {" "}
          <strong className="badge badge--overdue">
            <span aria-hidden="true">⚠ </span>
            {actions.overdue} forsinket
          </strong>
        </>
      )}
    </span>
  );
}
