import { useId, useRef, useState, type FormEvent } from "react";
import { refOf, setMandate } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { FormActions, TextArea } from "../Field";
import type { GroupSectionProps } from "./sectionProps";

/** What the steering group has asked the group to do, in the group's own words. */
export function MandateSection({ group, afterSave }: GroupSectionProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(group.mandate);
  const save = useSave();
  const editRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function open() {
    setText(group.mandate);
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
    const saved = await save.run(async () => afterSave(await setMandate({ ...refOf(group), mandate: text.trim() })));
    if (saved) close();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Mandat</h2>
      {editing ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextArea label="Mandat" inputRef={textRef} value={text} maxLength={IMPLEMENTATION_LIMITS.longText} rows={5} onChange={setText} />
          <FormActions submitLabel="Gem mandat" save={save}>
            <button type="button" className="button button--quiet" onClick={close}>
              Annullér
            </button>
          </FormActions>
        </form>
      ) : (
        <>
          {group.mandate ? <p className="prose">{group.mandate}</p> : <p className="empty">Mandatet er ikke beskrevet endnu.</p>}
          {group.canGovern && (
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
