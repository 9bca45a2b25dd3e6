import { useRef, useState, type FormEvent } from "react";
import { recordDecision } from "../api/mutations";
import { LIMITS, type Change } from "../api/types";
import { useSave } from "../hooks/useSave";
import { FormActions, TextArea, TextInput } from "./Field";

interface RecordDecisionFormProps {
  municipalityCode: string;
  afterSave(change: Change): Promise<void>;
}

export function RecordDecisionForm({ municipalityCode, afterSave }: RecordDecisionFormProps) {
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
      <TextInput
        label="Beslutning"
        inputRef={titleRef}
        value={title}
        maxLength={LIMITS.decisionTitle}
        onChange={(v) => {
          setTitle(v);
          edited();
        }}
      />
      <TextArea
        label="Begrundelse"
        value={rationale}
        maxLength={LIMITS.decisionRationale}
        rows={4}
        onChange={(v) => {
          setRationale(v);
          edited();
        }}
      />
      <FormActions submitLabel="Registrér beslutning" save={save} />
    </form>
  );
}
