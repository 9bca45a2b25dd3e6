import { useEffect, useRef, useState, type FormEvent } from "react";
import { IMPLEMENTATION_LIMITS } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { FormActions, TextArea } from "../Field";

interface FollowUpFormProps {
  onSave(note: string): Promise<void>;
  onDone(): void;
}

/** A note on how the activity is going: what happened, what is next. */
export function FollowUpForm({ onSave, onDone }: FollowUpFormProps) {
  const [note, setNote] = useState("");
  const save = useSave();
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    noteRef.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) {
      save.fail("Skriv opfølgningen.");
      noteRef.current?.focus();
      return;
    }
    if (await save.run(() => onSave(note.trim()))) onDone();
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <TextArea
        label="Opfølgning"
        inputRef={noteRef}
        value={note}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={3}
        required
        onChange={(v) => {
          setNote(v);
          if (save.status !== "saving") save.reset();
        }}
      />
      <FormActions submitLabel="Gem opfølgning" save={save}>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
