import { useRef, useState } from "react";
import type { Activity } from "../../api/implementationTypes";
import { formatDateTime } from "../../format";
import { FollowUpForm } from "./FollowUpForm";
import { Withheld } from "./Withheld";

interface FollowUpsProps {
  activity: Activity;
  /** The activity's title as shown, to name the button for screen readers. */
  title: string;
  canAdd: boolean;
  onAdd(note: string): Promise<void>;
}

/** The activity's follow-ups, newest first, and the form to add one. */
export function FollowUps({ activity, title, canAdd, onAdd }: FollowUpsProps) {
  const [adding, setAdding] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);

  function close() {
    setAdding(false);
    requestAnimationFrame(() => addRef.current?.focus());
  }

  return (
    <div className="follow-ups">
      {activity.followUps.length > 0 && (
        <>
          <h4>Opfølgninger</h4>
          <ol className="follow-ups__list">
            {activity.followUps.map((f) => (
              <li key={f.id}>
                <p className="prose">
                  <Withheld withheld={activity.withheld}>{f.note}</Withheld>
                </p>
                <p className="meta">
                  <time dateTime={f.at}>{formatDateTime(f.at)}</time>
                  {f.byName && <> af {f.byName}</>}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {canAdd &&
        (adding ? (
          <FollowUpForm onSave={onAdd} onDone={close} />
        ) : (
          <button
            type="button"
            ref={addRef}
            className="button button--quiet button--small"
            aria-label={`Tilføj opfølgning på ${title}`}
            onClick={() => setAdding(true)}
          >
            Tilføj opfølgning
          </button>
        ))}
    </div>
  );
}
