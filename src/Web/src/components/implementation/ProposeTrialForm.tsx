import { useRef, useState, type FormEvent } from "react";
import { proposeTrialAction, refOf } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { FormActions, TextArea } from "../Field";
import { DateField } from "./DateField";
import { MemberSelect } from "./MemberSelect";
import type { GroupSectionProps } from "./sectionProps";

const empty = { hypothesis: "", trial: "", ownerId: "", until: "" };

export function ProposeTrialForm({ group, afterSave }: GroupSectionProps) {
  const [draft, setDraft] = useState(empty);
  const save = useSave();
  const hypothesisRef = useRef<HTMLTextAreaElement>(null);
  const trialRef = useRef<HTMLTextAreaElement>(null);

  function set(key: keyof typeof empty, value: string) {
    setDraft((d) => ({ ...d, [key]: value }));
    if (save.status !== "saving") save.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const hypothesis = draft.hypothesis.trim();
    const trial = draft.trial.trim();
    if (!hypothesis || !trial) {
      save.fail(hypothesis ? "Skriv, hvad I vil afprøve." : "Skriv jeres hypotese.");
      (hypothesis ? trialRef : hypothesisRef).current?.focus();
      return;
    }
    const proposed = await save.run(async () =>
      afterSave(await proposeTrialAction({ ...refOf(group), hypothesis, trial, ownerId: draft.ownerId || null, until: draft.until || null })),
    );
    if (proposed) setDraft(empty);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Foreslå prøvehandling</h3>
      <TextArea
        label="Hypotese"
        inputRef={hypothesisRef}
        value={draft.hypothesis}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={2}
        required
        onChange={(v) => set("hypothesis", v)}
      />
      <TextArea
        label="Hvad afprøves"
        inputRef={trialRef}
        value={draft.trial}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={2}
        required
        onChange={(v) => set("trial", v)}
      />
      <div className="form__row">
        <MemberSelect label="Hvem" members={group.members} value={draft.ownerId} onChange={(v) => set("ownerId", v)} />
        <DateField label="Indtil hvornår" value={draft.until} onChange={(v) => set("until", v)} />
      </div>
      <FormActions submitLabel="Foreslå prøvehandling" save={save} />
    </form>
  );
}
