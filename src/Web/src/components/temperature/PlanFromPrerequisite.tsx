import { useRef, useState, type FormEvent } from "react";
import { planFromRound, type PrerequisiteResult, type TemperatureRound } from "../../api/temperature";
import { LIMITS, type Change } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { decimal } from "../charts/ChartFigure";
import { FormActions, TextInput } from "../Field";

/** Turns one prerequisite's result into a development-plan item in one step; the item links back to the round. */
export function PlanFromPrerequisite({ code, round, result, afterSave }: {
  code: string;
  round: TemperatureRound;
  result: PrerequisiteResult;
  afterSave(change: Change): Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(`Styrk: ${result.prerequisite.title}`);
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);
  const measured = result.mean === null ? "ingen svar" : `gennemsnit ${decimal(result.mean)} af 5`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      save.fail("Skriv en titel på punktet.");
      titleRef.current?.focus();
      return;
    }
    const description = `Fra temperaturmålingen \u201d${round.title}\u201d: ${result.prerequisite.title} fik ${measured}.`;
    const made = await save.run(async () =>
      afterSave(await planFromRound(code, round.id, result.prerequisite.number, title.trim(), description)),
    );
    if (made) setOpen(false);
  }

  if (!open) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        Lav punkt i planen<span className="visually-hidden"> for {result.prerequisite.title}</span>
      </button>
    );
  }
  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <TextInput label="Punktets titel" inputRef={titleRef} value={title} maxLength={LIMITS.planTitle} onChange={(v) => (setTitle(v), save.reset())} />
      <FormActions submitLabel="Opret punktet" save={save}>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
