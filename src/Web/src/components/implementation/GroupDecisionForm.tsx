import { useRef, useState, type FormEvent } from "react";
import { recordGroupDecision, refOf } from "../../api/implementationMutations";
import { IMPLEMENTATION_LIMITS, type ImplementationGroup, type Principle } from "../../api/implementationTypes";
import type { Change } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { decidedActions, decisionProblem, emptyAction, type DecisionDraft } from "../../implementation/decisionRules";
import { FormActions, TextArea, TextInput } from "../Field";
import { DecidedActionRow } from "./DecidedActionRow";

interface GroupDecisionFormProps {
  group: ImplementationGroup;
  principles: Principle[];
  afterSave(change: Change): Promise<void>;
}

const empty: DecisionDraft = { title: "", rationale: "", actions: [] };

/** A decision, its rationale and the actions it creates, recorded together in one step. */
export function GroupDecisionForm({ group, principles, afterSave }: GroupDecisionFormProps) {
  const [draft, setDraft] = useState<DecisionDraft>(empty);
  const nextKey = useRef(1);
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Per-row fields by key, so a problem in row n can take focus there.
  const rowFields = useRef(new Map<string, HTMLInputElement | null>());

  function change(next: DecisionDraft) {
    setDraft(next);
    if (save.status !== "saving") save.reset();
  }

  function addRow() {
    const key = nextKey.current++;
    change({ ...draft, actions: [...draft.actions, emptyAction(key)] });
    requestAnimationFrame(() => rowFields.current.get(`${key}-title`)?.focus());
  }

  function removeRow(key: number) {
    change({ ...draft, actions: draft.actions.filter((a) => a.key !== key) });
    // The focused button is gone with its row; "Tilføj handling" may only now be rendered again.
    requestAnimationFrame(() => addRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = decisionProblem(draft);
    if (problem) {
      save.fail(problem.message);
      const row = /^action-(\d+)-(title|principles)$/.exec(problem.field);
      const key = row ? draft.actions[Number(row[1]) - 1]?.key : undefined;
      (key === undefined ? titleRef.current : rowFields.current.get(`${key}-${row?.[2]}`))?.focus();
      return;
    }
    const saved = await save.run(async () =>
      afterSave(
        await recordGroupDecision({ ...refOf(group), title: draft.title.trim(), rationale: draft.rationale.trim(), actions: decidedActions(draft) }),
      ),
    );
    if (saved) setDraft(empty);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Registrér beslutning</h3>
      <TextInput
        label="Beslutning"
        inputRef={titleRef}
        value={draft.title}
        maxLength={IMPLEMENTATION_LIMITS.title}
        onChange={(title) => change({ ...draft, title })}
      />
      <TextArea
        label="Begrundelse"
        value={draft.rationale}
        maxLength={IMPLEMENTATION_LIMITS.longText}
        rows={3}
        onChange={(rationale) => change({ ...draft, rationale })}
      />
      <p className="hint">Handlinger, beslutningen skaber, kommer i implementeringsplanen med et link tilbage hertil.</p>
      {draft.actions.map((action, index) => (
        <DecidedActionRow
          key={action.key}
          number={index + 1}
          action={action}
          members={group.members}
          principles={principles}
          onChange={(a) => change({ ...draft, actions: draft.actions.map((x) => (x.key === a.key ? a : x)) })}
          onRemove={() => removeRow(action.key)}
          titleRef={(el) => void rowFields.current.set(`${action.key}-title`, el)}
          principleRef={(el) => void rowFields.current.set(`${action.key}-principles`, el)}
        />
      ))}
      {draft.actions.length < IMPLEMENTATION_LIMITS.actionsPerDecision && (
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
