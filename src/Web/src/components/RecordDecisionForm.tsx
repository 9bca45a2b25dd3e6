import { useRef, useState, type FormEvent } from "react";
import { recordDecision } from "../api/mutations";
import { LIMITS, type Change, type Member } from "../api/types";
import { useSave } from "../hooks/useSave";
import { FormActions, TextArea, TextInput } from "./Field";
import { SteeringActionRow, type SteeringActionDraft } from "./SteeringActionRow";

interface RecordDecisionFormProps {
  municipalityCode: string;
  members: Member[];
  afterSave(change: Change): Promise<void>;
}

const MAX_ACTIONS = 20;

/** A decision, its rationale and the plan items it creates, recorded together in one step. */
export function RecordDecisionForm({ municipalityCode, members, afterSave }: RecordDecisionFormProps) {
  const [title, setTitle] = useState("");
  const [rationale, setRationale] = useState("");
  const [actions, setActions] = useState<SteeringActionDraft[]>([]);
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const nextKey = useRef(1);
  const rowTitles = useRef(new Map<number, HTMLInputElement | null>());

  function addRow() {
    const key = nextKey.current++;
    setActions([...actions, { key, title: "", prerequisite: 1, ownerId: "", due: "" }]);
    edited();
    requestAnimationFrame(() => rowTitles.current.get(key)?.focus());
  }

  function removeRow(key: number) {
    setActions(actions.filter((a) => a.key !== key));
    edited();
    requestAnimationFrame(() => addRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      save.fail("Skriv beslutningen.");
      titleRef.current?.focus();
      return;
    }
    const untitled = actions.findIndex((a) => !a.title.trim());
    if (untitled >= 0) {
      save.fail(`Skriv handling ${untitled + 1}, eller fjern den.`);
      rowTitles.current.get(actions[untitled]!.key)?.focus();
      return;
    }
    const saved = await save.run(async () => {
      const change = await recordDecision({
        municipalityCode,
        title: trimmed,
        rationale: rationale.trim(),
        actions: actions.map((a) => ({ title: a.title.trim(), prerequisite: a.prerequisite, ownerId: a.ownerId || null, due: a.due || null })),
      });
      await afterSave(change);
    });
    if (saved) {
      setTitle("");
      setRationale("");
      setActions([]);
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
      <p className="hint">Handlinger, beslutningen skaber, kommer i udviklingsplanen med et link tilbage hertil.</p>
      {actions.map((action, index) => (
        <SteeringActionRow
          key={action.key}
          number={index + 1}
          action={action}
          members={members}
          onChange={(a) => {
            setActions(actions.map((x) => (x.key === a.key ? a : x)));
            edited();
          }}
          onRemove={() => removeRow(action.key)}
          titleRef={(el) => void rowTitles.current.set(action.key, el)}
        />
      ))}
      {actions.length < MAX_ACTIONS && (
        <p>
          <button type="button" ref={addRef} className="button button--quiet button--small" onClick={addRow}>
            Tilføj handling
          </button>
        </p>
      )}
      <FormActions submitLabel="Registrér beslutning" save={save} />
    </form>
  );
}
