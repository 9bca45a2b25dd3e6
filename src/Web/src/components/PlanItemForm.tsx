import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { PlanItemFields } from "../api/mutations";
import { LIMITS, type Member, type PlanItemStatus } from "../api/types";
import { useSave } from "../hooks/useSave";
import { memberName, memberRoleLabels, planStatusLabels, planStatuses } from "../labels";
import type { StaircaseStep } from "../api/staircase";
import { FormActions, TextArea, TextInput } from "./Field";
import { AimSelect } from "./implementation/AimSelect";

interface PlanItemFormProps {
  heading: string;
  members: Member[];
  initial?: PlanItemFields & { ownerName?: string | null };
  /** The staircase's steps, for aiming at a step's count; without them the form offers no aim. */
  steps?: StaircaseStep[];
  /** The aim as encodeAim gives it. */
  initialAim?: string;
  /** Sends the mutations and refetches; throws on failure so the input is kept. */
  onSave(fields: PlanItemFields, aim: string): Promise<void>;
  onSaved(): void;
  onCancel(): void;
}

const empty: PlanItemFields = { title: "", description: "", ownerId: null, due: null, status: "PLANNED" };

export function PlanItemForm({ heading, members, steps, initial, initialAim = "", onSave, onSaved, onCancel }: PlanItemFormProps) {
  const id = useId();
  const start = initial ?? empty;
  const [title, setTitle] = useState(start.title);
  const [description, setDescription] = useState(start.description);
  const [ownerId, setOwnerId] = useState(start.ownerId ?? "");
  const [due, setDue] = useState(start.due ?? "");
  const [status, setStatus] = useState<PlanItemStatus>(start.status);
  const [aim, setAim] = useState(initialAim);
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  // Keep an owner who has since left the group selectable, so saving does not silently clear it.
  const ownerMissing = start.ownerId !== null && !members.some((m) => m.personId === start.ownerId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      save.fail("Skriv en titel.");
      titleRef.current?.focus();
      return;
    }
    const saved = await save.run(() =>
      onSave({
        title: trimmed,
        description: description.trim(),
        ownerId: ownerId || null,
        due: due || null,
        status,
      }, aim),
    );
    if (saved) onSaved();
  }

  function edited() {
    if (save.status !== "saving") save.reset();
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <h4>{heading}</h4>
      <TextInput
        label="Titel"
        inputRef={titleRef}
        value={title}
        maxLength={LIMITS.planTitle}
        onChange={(v) => {
          setTitle(v);
          edited();
        }}
      />
      <TextArea
        label="Beskrivelse"
        value={description}
        maxLength={LIMITS.planDescription}
        rows={3}
        onChange={(v) => {
          setDescription(v);
          edited();
        }}
      />
      <div className="form__row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Ansvarlig</label>
          <select
            id={`${id}-owner`}
            value={ownerId}
            onChange={(e) => {
              setOwnerId(e.target.value);
              edited();
            }}
          >
            <option value="">Ingen</option>
            {members.map((m) => (
              <option key={m.personId} value={m.personId}>
                {memberName(m.name)} ({memberRoleLabels[m.role]})
              </option>
            ))}
            {ownerMissing && start.ownerId && (
              <option value={start.ownerId}>{memberName(initial?.ownerName)}</option>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Frist</label>
          <input
            id={`${id}-due`}
            type="date"
            value={due}
            onChange={(e) => {
              setDue(e.target.value);
              edited();
            }}
            aria-describedby={`${id}-due-hint`}
          />
          <p id={`${id}-due-hint`} className="hint">
            Valgfri.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as PlanItemStatus);
              edited();
            }}
          >
            {planStatuses.map((s) => (
              <option key={s} value={s}>
                {planStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {steps && (
        <AimSelect
          steps={steps}
          value={aim}
          onChange={(v) => {
            setAim(v);
            edited();
          }}
        />
      )}
      <FormActions submitLabel="Gem punkt" save={save}>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
