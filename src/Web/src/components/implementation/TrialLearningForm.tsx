import { useRef, useState, type FormEvent } from "react";
import { IMPLEMENTATION_LIMITS } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { FormActions, TextArea } from "../Field";

interface TrialLearningFormProps {
  trialName: string;
  learning: string;
  onSave(learning: string): Promise<void>;
}

/** "Hvad lærte vi": opened on demand, so a list of trials stays short. */
export function TrialLearningForm({ trialName, learning, onSave }: TrialLearningFormProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(learning);
  const save = useSave();
  const openRef = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    requestAnimationFrame(() => openRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save.run(() => onSave(text.trim()))) close();
  }

  if (!open)
    return (
      <button
        type="button"
        ref={openRef}
        className="button button--quiet button--small"
        aria-label={`Hvad lærte vi af ${trialName}`}
        onClick={() => {
          setText(learning);
          setOpen(true);
        }}
      >
        Hvad lærte vi
      </button>
    );

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <TextArea label="Hvad lærte vi" value={text} maxLength={IMPLEMENTATION_LIMITS.longText} rows={3} onChange={setText} />
      <FormActions submitLabel="Gem det lærte" save={save}>
        <button type="button" className="button button--quiet" onClick={close}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
