import type { WorkshopSession } from "../../collab/workshopSession";
import type { ItemView } from "../../collab/workshopView";
import { countLabel } from "../../labels";

interface ItemVotesProps {
  session: WorkshopSession;
  item: ItemView;
  left: number;
  title: string;
}

/** Dot voting on one item: live total, and this person's own dots to give or take back. */
export function ItemVotes({ session, item, left, title }: ItemVotesProps) {
  return (
    <div className="room-votes">
      <p className="room-votes__total">
        {countLabel(item.votes, "prik", "prikker")}
        {item.myVotes > 0 && ` (heraf ${item.myVotes} fra dig)`}
      </p>
      <button type="button" className="button button--small" disabled={left === 0} aria-label={`Giv en prik til ${title}`}
        onClick={() => session.dot(item.id, 1)}>
        Giv en prik
      </button>
      <button type="button" className="button button--quiet button--small" disabled={item.myVotes === 0}
        aria-label={`Tag en prik tilbage fra ${title}`} onClick={() => session.dot(item.id, -1)}>
        Tag en prik tilbage
      </button>
    </div>
  );
}
