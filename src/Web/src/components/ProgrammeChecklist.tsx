import { useId, useState } from "react";
import { tickChecklistItem } from "../api/programmeMutations";
import type { Change, ChecklistEntry, Programme } from "../api/types";
import { formatDateTime } from "../format";
import { useSave } from "../hooks/useSave";
import { memberName } from "../labels";
import { SaveStatus } from "./SaveStatus";

interface ProgrammeChecklistProps {
  code: string;
  programme: Programme;
  afterSave(change: Change): Promise<void>;
}

/** The guide's preparation checklist; a ticked item says who ticked it and when. */
export function ProgrammeChecklist({ code, programme, afterSave }: ProgrammeChecklistProps) {
  const headingId = useId();
  const save = useSave();
  // The box shows the click at once; if the server refuses, it falls back to the stored state.
  const [pending, setPending] = useState<{ item: string; ticked: boolean } | null>(null);

  async function toggle(entry: ChecklistEntry, ticked: boolean) {
    setPending({ item: entry.item, ticked });
    await save.run(async () => afterSave(await tickChecklistItem(code, entry.item, ticked)));
    setPending(null);
  }

  return (
    <div className="programme__part">
      <h3 id={headingId}>Forberedelse</h3>
      <ul className="checklist" aria-labelledby={headingId}>
        {programme.checklist.map((entry) => (
          <ChecklistRow
            key={entry.item}
            entry={entry}
            checked={pending?.item === entry.item ? pending.ticked : entry.ticked}
            disabled={!programme.canTick || save.status === "saving"}
            onChange={(ticked) => void toggle(entry, ticked)}
          />
        ))}
      </ul>
      {programme.canTick && <SaveStatus save={save} />}
    </div>
  );
}

interface ChecklistRowProps {
  entry: ChecklistEntry;
  checked: boolean;
  disabled: boolean;
  onChange(ticked: boolean): void;
}

function ChecklistRow({ entry, checked, disabled, onChange }: ChecklistRowProps) {
  const id = useId();
  const whoId = `${id}-who`;
  return (
    <li className="checklist__item">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={entry.ticked ? whoId : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{entry.title}</label>
      {entry.ticked && (
        <span id={whoId} className="checklist__who">
          Krydset af af {memberName(entry.tickedByName)}
          {entry.tickedAt && `, ${formatDateTime(entry.tickedAt)}`}
        </span>
      )}
    </li>
  );
}
