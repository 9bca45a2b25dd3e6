import { useId, useState } from "react";
import type { ItemHistorySource } from "../hooks/useItemHistory";
import { PlanItemHistory } from "./PlanItemHistory";

/** "Historik" on a plan item or an activity: opens and closes its history in plain Danish. */
export function HistoryToggle({ itemId, title, source }: { itemId: string; title: string; source: ItemHistorySource }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={`Historik for ${title}`}
        aria-expanded={shown}
        aria-controls={shown ? id : undefined}
        onClick={() => setShown((open) => !open)}
      >
        Historik
      </button>
      {shown && <PlanItemHistory id={id} itemId={itemId} title={title} source={source} />}
    </>
  );
}
