import { useId, useRef, useState, type FormEvent } from "react";
import { recordDecision } from "../api/mutations";
import { LIMITS, type Change } from "../api/types";
import { useSave } from "../hooks/useSave";
import { SaveStatus } from "./SaveStatus";

interface RecordDecisionFormProps {
  municipalityCode: string;
  afterSave(change: Change): Promise<void>;
}

export function RecordDecisionForm({ municipalityCode, afterSave }: RecordDecisionFormProps) {
  const id = useId();
  const [title, setTitle] = useState("");
  const [rationale, setRationale] = useState("");
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      save.fail("Skriv beslutningen.");
      titleRef.current?.focus();
      return;
    }
    const saved = await save.run(async () => {
      const change = await recordDecision({ municipalityCode, title: trimmed, rationale: rationale.trim() });
      await afterSave(change);
    });
    if (saved) {
      setTitle("");
      setRationale("");
    }
  }

  function edited() {
    if (save.status !== "saving") save.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Registrér beslutning</h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>Beslutning</label>
        <input
          id={`${id}-title`}
          ref={titleRef}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            edited();
          }}
          maxLength={LIMITS.decisionTitle}
          required
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Begrundelse</label>
        <textarea
          id={`${id}-rationale`}
          value={rationale}
          onChange={(e) => {
            setRationale(e.target.value);
            edited();
          }}
          maxLength={LIMITS.decisionRationale}
          rows={4}
          aria-describedby={`${id}-rationale-hint`}
        />
        <p id={`${id}-rationale-hint`} className="hint">
          Valgfri. Højst {LIMITS.decisionRationale} tegn.
        </p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.status === "saving"}>
          Registrér beslutning
        </button>
        <SaveStatus save={save} />
      </div>
    </form>
  );
}
