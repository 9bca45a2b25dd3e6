import { useId, useRef, useState, type FormEvent } from "react";
import { LIMITS } from "../api/types";
import { useSave } from "../hooks/useSave";
import { FormActions, TextArea } from "./Field";

interface MandateSectionProps {
  mandate: string;
  canEdit: boolean;
  /** Stores the new mandate and refreshes the group. */
  onSave(mandate: string): Promise<unknown>;
}

/** A group's mandate: what it is asked to do, shown to all and edited by those who govern the group. */
export function MandateSection({ mandate, canEdit, onSave }: MandateSectionProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(mandate);
  const save = useSave();
  const editRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function open() {
    setText(mandate);
    save.reset();
    setEditing(true);
    requestAnimationFrame(() => textRef.current?.focus());
  }

  function close() {
    setEditing(false);
    requestAnimationFrame(() => editRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await save.run(() => onSave(text.trim()));
    if (saved) close();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Mandat</h2>
      {editing ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextArea label="Mandat" inputRef={textRef} value={text} maxLength={LIMITS.decisionRationale} rows={5} onChange={setText} />
          <FormActions submitLabel="Gem mandat" save={save}>
            <button type="button" className="button button--quiet" onClick={close}>
              Annullér
            </button>
          </FormActions>
        </form>
      ) : (
        <>
          {mandate ? <p className="prose">{mandate}</p> : <p className="empty">Mandatet er ikke beskrevet endnu.</p>}
          {canEdit && (
            <button type="button" ref={editRef} className="button button--quiet button--small" onClick={open}>
              Redigér mandat
            </button>
          )}
          <p className="save-status" role="status">
            {save.status === "saved" ? "Mandatet er gemt" : ""}
          </p>
        </>
      )}
    </section>
  );
}
