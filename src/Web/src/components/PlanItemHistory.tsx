import { useSave } from "../hooks/useSave";
import { useItemHistory, type ItemHistorySource } from "../hooks/useItemHistory";
import { ErrorMessage } from "./ErrorMessage";
import { Loading } from "./Loading";
import { SaveStatus } from "./SaveStatus";

interface PlanItemHistoryProps {
  id: string;
  itemId: string;
  title: string;
  source: ItemHistorySource;
}

/** An item's changes, newest first; every earlier one can be restored by those who may edit. */
export function PlanItemHistory({ id, itemId, title, source }: PlanItemHistoryProps) {
  const state = useItemHistory(source, itemId);
  const save = useSave();
  const restore = source.restore;

  return (
    <section id={id} className="plan-item__history" aria-label={`Historik for ${title}`}>
      {state.status === "loading" && <Loading text="Henter historik …" />}
      {state.status === "error" && <ErrorMessage>{state.message}</ErrorMessage>}
      {state.status === "ready" && (
        <ol className="history">
          {state.entries.map((entry, index) => (
            <li key={entry.version} className="history__entry">
              <span>{entry.sentence}</span>
              {/* The newest line is how the item is now; only earlier ones can be gone back to. */}
              {index > 0 && restore && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`Gendan denne version: ${entry.sentence}`}
                  disabled={save.status === "saving"}
                  onClick={() => void save.run(() => restore(itemId, entry.version))}
                >
                  Gendan denne version
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <SaveStatus save={save} savingText="Gendanner …" savedText="Gendannet" />
    </section>
  );
}
