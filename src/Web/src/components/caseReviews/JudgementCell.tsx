import { useEffect, useId, useState } from "react";
import type { CaseJudgement } from "../../api/caseReviews";
import { judgementLabels, judgements, NOTE_MAX } from "../../caseReviews/caseReviewRules";

interface JudgementCellProps {
  /** Read out as the group's name: which case and which principle this cell judges. */
  label: string;
  judgement: CaseJudgement | null;
  note: string;
  readOnly: boolean;
  onJudge(judgement: CaseJudgement, note: string): Promise<boolean>;
}

/**
 * One case against one principle: three native radio buttons (arrow keys move between them) and a
 * note that opens on demand. The choice shows at once and goes back if the server refuses it.
 */
export function JudgementCell({ label, judgement, note, readOnly, onJudge }: JudgementCellProps) {
  const id = useId();
  const [chosen, setChosen] = useState<CaseJudgement | null>(judgement);
  const [noteOpen, setNoteOpen] = useState(false);
  const [draft, setDraft] = useState(note);

  useEffect(() => setChosen(judgement), [judgement]);
  useEffect(() => setDraft(note), [note]);

  async function choose(value: CaseJudgement) {
    setChosen(value);
    if (!(await onJudge(value, note))) setChosen(judgement);
  }

  async function saveNote() {
    if (chosen && (await onJudge(chosen, draft.trim()))) setNoteOpen(false);
  }

  if (readOnly) {
    return (
      <div className="judgement-cell">
        <span>{judgement ? judgementLabels[judgement] : "Ikke vurderet"}</span>
        {note && <p className="judgement-cell__note">{note}</p>}
      </div>
    );
  }

  return (
    <div className="judgement-cell">
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {judgements.map((value) => (
          <label key={value} className="judgement-cell__option">
            <input type="radio" name={id} value={value} checked={chosen === value} onChange={() => void choose(value)} />
            {judgementLabels[value]}
          </label>
        ))}
      </fieldset>
      {note && !noteOpen && <p className="judgement-cell__note">{note}</p>}
      {chosen && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={noteOpen}
          aria-controls={`${id}-note`}
          aria-label={`${note ? "Ret note" : "Skriv note"}: ${label}`}
          onClick={() => setNoteOpen((open) => !open)}
        >
          {note ? "Ret note" : "Note"}
        </button>
      )}
      {noteOpen && (
        <div id={`${id}-note`} className="judgement-cell__editor">
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Note: {label}
          </label>
          <textarea id={`${id}-text`} value={draft} maxLength={NOTE_MAX} rows={3} onChange={(e) => setDraft(e.target.value)} />
          <button type="button" className="button button--small" onClick={() => void saveNote()}>
            Gem note
          </button>
        </div>
      )}
    </div>
  );
}
