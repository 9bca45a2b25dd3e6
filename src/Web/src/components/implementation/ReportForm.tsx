import { useRef, useState, type FormEvent } from "react";
import { refOf, submitGroupReport } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { FormActions, TextArea, TextInput } from "../Field";
import type { GroupSectionProps } from "./sectionProps";

export function ReportForm({ group, afterSave }: GroupSectionProps) {
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function edited() {
    if (save.status !== "saving") save.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || !text.trim()) {
      save.fail(title.trim() ? "Skriv rapporten." : "Skriv en overskrift.");
      (title.trim() ? textRef : titleRef).current?.focus();
      return;
    }
    const sent = await save.run(async () => afterSave(await submitGroupReport({ ...refOf(group), title: title.trim(), text: text.trim() })));
    if (sent) {
      setTitle("");
      setText("");
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Send rapport</h3>
      <TextInput
        label="Overskrift"
        inputRef={titleRef}
        value={title}
        maxLength={IMPLEMENTATION_LIMITS.title}
        onChange={(v) => {
          setTitle(v);
          edited();
        }}
      />
      <TextArea
        label="Rapport"
        inputRef={textRef}
        value={text}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={5}
        required
        onChange={(v) => {
          setText(v);
          edited();
        }}
      />
      <FormActions submitLabel="Send rapport" save={save} />
    </form>
  );
}
