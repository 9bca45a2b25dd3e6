import { useRef, useState, type FormEvent } from "react";
import type { Principle } from "../../api/implementationTypes";
import { useSave } from "../../hooks/useSave";
import { FormActions } from "../Field";
import { PrincipleCheckboxes } from "./PrincipleCheckboxes";

interface PromoteTrialFormProps {
  trialName: string;
  principles: Principle[];
  onPromote(principles: number[]): Promise<void>;
}

/** A trial that worked becomes an activity in the plan, tied to the principles chosen here. */
export function PromoteTrialForm({ trialName, principles, onPromote }: PromoteTrialFormProps) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<number[]>([]);
  const save = useSave();
  const firstRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      save.fail("Vælg mindst ét af de otte principper.");
      firstRef.current?.focus();
      return;
    }
    await save.run(() => onPromote([...chosen].sort((a, b) => a - b)));
  }

  if (!open)
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={`Gør ${trialName} til aktivitet`}
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => firstRef.current?.focus());
        }}
      >
        Gør til aktivitet
      </button>
    );

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <PrincipleCheckboxes principles={principles} value={chosen} onChange={setChosen} legend="Aktivitetens principper" firstRef={firstRef} />
      <FormActions submitLabel="Gør til aktivitet" save={save}>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
