import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ActivityFields } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS, type Principle } from "../../api/implementationTypes";
import type { Member, PlanItemStatus } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { activityFields, activityProblem, emptyActivity, type ActivityDraft } from "../../implementation/activityRules";
import { planStatusLabels, planStatuses } from "../../labels";
import { Field, FormActions, TextArea, TextInput } from "../Field";
import type { StaircaseStep } from "../../api/staircase";
import { AimSelect } from "./AimSelect";
import { DateField } from "./DateField";
import { MemberSelect } from "./MemberSelect";
import { PrincipleCheckboxes } from "./PrincipleCheckboxes";

interface ActivityFormProps {
  heading: string;
  members: Member[];
  principles: Principle[];
  initial?: ActivityDraft & { ownerName?: string | null };
  /** The staircase's steps, for aiming at the count on one of them. */
  steps: StaircaseStep[];
  /** Sends the mutations and refetches; throws on failure so the input is kept. `aim` as encodeAim gives it. */
  onSave(fields: ActivityFields, aim: string): Promise<void>;
  onSaved(): void;
  onCancel(): void;
}

export function ActivityForm({ heading, members, principles, steps, initial, onSave, onSaved, onCancel }: ActivityFormProps) {
  const [draft, setDraft] = useState<ActivityDraft>(initial ?? emptyActivity);
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);
  const principleRef = useRef<HTMLInputElement>(null);
  const dueRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  function set<K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    if (save.status !== "saving") save.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = activityProblem(draft);
    if (problem) {
      save.fail(problem.message);
      if (problem.field === "title") titleRef.current?.focus();
      else if (problem.field === "principles") principleRef.current?.focus();
      else dueRef.current?.querySelector("input")?.focus();
      return;
    }
    if (await save.run(() => onSave(activityFields(draft), draft.aim))) onSaved();
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <h3>{heading}</h3>
      <TextInput label="Titel" inputRef={titleRef} value={draft.title} maxLength={IMPLEMENTATION_LIMITS.title} onChange={(v) => set("title", v)} />
      <TextArea
        label="Beskrivelse"
        value={draft.description}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={3}
        onChange={(v) => set("description", v)}
      />
      <PrincipleCheckboxes principles={principles} value={draft.principles} onChange={(v) => set("principles", v)} firstRef={principleRef} />
      <div className="form__row">
        <MemberSelect
          label="Ansvarlig"
          members={members}
          value={draft.ownerId}
          onChange={(v) => set("ownerId", v)}
          former={initial && { personId: initial.ownerId || null, name: initial.ownerName ?? null }}
        />
        <DateField label="Start" value={draft.starts} onChange={(v) => set("starts", v)} />
        <div ref={dueRef}>
          <DateField label="Frist" value={draft.due} onChange={(v) => set("due", v)} />
        </div>
        <Field label="Status">
          {({ id }) => (
            <select id={id} value={draft.status} onChange={(e) => set("status", e.target.value as PlanItemStatus)}>
              {planStatuses.map((s) => (
                <option key={s} value={s}>
                  {planStatusLabels[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <AimSelect steps={steps} value={draft.aim} onChange={(v) => set("aim", v)} />
      <FormActions submitLabel="Gem aktivitet" save={save}>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
