import { useId, useRef, useState, type FormEvent } from "react";
import { noteDriverOrBarrier, refOf } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS, type ForceKind } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { forceKindLabels } from "../../labels";
import { FormActions, TextArea } from "../Field";
import type { GroupSectionProps } from "./sectionProps";

export function NoteForceForm({ group, afterSave }: GroupSectionProps) {
  const name = useId();
  const [kind, setKind] = useState<ForceKind>("DRIVER");
  const [text, setText] = useState("");
  const save = useSave();
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      save.fail("Beskriv drivkraften eller barrieren.");
      textRef.current?.focus();
      return;
    }
    if (await save.run(async () => afterSave(await noteDriverOrBarrier({ ...refOf(group), kind, text: text.trim() })))) setText("");
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Notér drivkraft eller barriere</h3>
      <fieldset className="choice-row">
        <legend>Type</legend>
        {(["DRIVER", "BARRIER"] as const).map((k) => (
          <label key={k}>
            <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} /> {forceKindLabels[k].one}
          </label>
        ))}
      </fieldset>
      <TextArea
        label="Beskrivelse"
        inputRef={textRef}
        value={text}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={2}
        required
        onChange={(v) => {
          setText(v);
          if (save.status !== "saving") save.reset();
        }}
      />
      <FormActions submitLabel="Notér" save={save} />
    </form>
  );
}
