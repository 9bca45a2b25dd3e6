import { useId, useState, type FormEvent } from "react";
import { addStep, moveStep, removeStep, renameStep, type StaircaseStep } from "../../api/staircase";
import { useSave } from "../../hooks/useSave";
import { stepIdFrom } from "../../staircase/staircaseRules";
import { TextInput } from "../Field";
import { SaveStatus } from "../SaveStatus";
import type { Change } from "../../api/types";

interface StepsEditorProps {
  code: string;
  steps: StaircaseStep[];
  afterSave(change: Change): Promise<void>;
}

/**
 * The municipality's own steps, bottom first. Renaming and moving keep a step's figures; a step
 * with figures cannot be removed (the server says why).
 */
export function StepsEditor({ code, steps, afterSave }: StepsEditorProps) {
  const headingId = useId();
  const save = useSave();
  const [renaming, setRenaming] = useState<string | null>(null);
  const run = (action: () => Promise<Change>) => save.run(async () => afterSave(await action()));

  return (
    <section className="form" aria-labelledby={headingId}>
      <h3 id={headingId}>Trinene i kommunens indsatstrappe</h3>
      <p className="hint">Nederste trin er tættest på en almindelig hverdag. Hvilke paragraffer der hører til hvert trin, varierer fra kommune til kommune.</p>
      <ol className="steps-editor">
        {steps.map((step, i) => (
          <li key={step.id}>
            {renaming === step.id ? (
              <RenameForm step={step} onCancel={() => setRenaming(null)}
                onSave={async (name) => { if (await run(() => renameStep({ municipalityCode: code, stepId: step.id, name }))) setRenaming(null); }} />
            ) : (
              <>
                <span className="steps-editor__name">{step.name}</span> <span className="meta">({step.id})</span>{" "}
                <button type="button" className="button button--quiet" onClick={() => setRenaming(step.id)} aria-label={`Omdøb ${step.name}`}>Omdøb</button>
                <button type="button" className="button button--quiet" disabled={i === steps.length - 1} aria-label={`Flyt op: ${step.name}`}
                  onClick={() => run(() => moveStep({ municipalityCode: code, stepId: step.id, position: i + 1 }))}>Flyt op</button>
                <button type="button" className="button button--quiet" disabled={i === 0} aria-label={`Flyt ned: ${step.name}`}
                  onClick={() => run(() => moveStep({ municipalityCode: code, stepId: step.id, position: i - 1 }))}>Flyt ned</button>
                <button type="button" className="button button--quiet" aria-label={`Fjern ${step.name}`}
                  onClick={() => run(() => removeStep({ municipalityCode: code, stepId: step.id }))}>Fjern</button>
              </>
            )}
          </li>
        ))}
      </ol>
      <SaveStatus save={save} />
      <AddStepForm onAdd={(name) => run(() => addStep({ municipalityCode: code, stepId: stepIdFrom(name), name, position: null }))} />
    </section>
  );
}

function RenameForm({ step, onSave, onCancel }: { step: StaircaseStep; onSave(name: string): Promise<void>; onCancel(): void }) {
  const [name, setName] = useState(step.name);
  return (
    <form className="form--inline" onSubmit={(e) => { e.preventDefault(); void onSave(name.trim()); }}>
      <TextInput label={`Nyt navn til ${step.name}`} value={name} maxLength={100} onChange={setName} />
      <button type="submit" className="button">Gem navn</button>
      <button type="button" className="button button--quiet" onClick={onCancel}>Annullér</button>
    </form>
  );
}

/** Adds on top; errors show in the editor's status line above. */
function AddStepForm({ onAdd }: { onAdd(name: string): Promise<boolean> }) {
  const [name, setName] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (stepIdFrom(name) && (await onAdd(name.trim()))) setName("");
  }

  return (
    <form className="form--inline" onSubmit={submit} noValidate>
      <TextInput label="Nyt trin (lægges øverst; flyt det bagefter)" value={name} maxLength={100} onChange={setName} />
      <button type="submit" className="button">
        Tilføj trin
      </button>
    </form>
  );
}
