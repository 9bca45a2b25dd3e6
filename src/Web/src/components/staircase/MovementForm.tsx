import { useState, type FormEvent } from "react";
import { recordMovement, type Staircase } from "../../api/staircase";
import { useSave } from "../../hooks/useSave";
import { parseQuarter, parseWhole, suggestedQuarter } from "../../staircase/staircaseRules";
import { Field, FormActions } from "../Field";
import { QuarterField } from "./QuarterField";
import { StepSelect } from "./StepSelect";
import type { Change } from "../../api/types";

interface MovementFormProps {
  code: string;
  staircase: Staircase;
  afterSave(change: Change): Promise<void>;
}

/** How many citizens moved from one step to another in a quarter; 0 removes a movement entered by mistake. */
export function MovementForm({ code, staircase, afterSave }: MovementFormProps) {
  const steps = staircase.steps;
  const [quarterText, setQuarterText] = useState(() => suggestedQuarter(staircase.quarters.map((q) => q.quarter), new Date()));
  const [from, setFrom] = useState(steps.at(-1)?.id ?? "");
  const [to, setTo] = useState(steps.at(-2)?.id ?? "");
  const [countText, setCountText] = useState("");
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const quarter = parseQuarter(quarterText);
    const count = parseWhole(countText);
    if (!quarter) return save.fail("Skriv kvartalet som år og kvartal, fx 2026K3.");
    if (from === to) return save.fail("Vælg to forskellige trin.");
    if (Number.isNaN(count) || count > 1_000_000) return save.fail("Antal skal være et helt tal fra 0 til 1.000.000.");
    if (await save.run(async () => afterSave(await recordMovement({ municipalityCode: code, quarter, fromStepId: from, toStepId: to, count }))))
      setCountText("");
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Registrér bevægelse mellem trin">
      <h3>Registrér bevægelse</h3>
      <div className="form__row">
        <QuarterField value={quarterText} onChange={(v) => { setQuarterText(v); save.reset(); }} />
        <StepSelect label="Fra trin" steps={steps} value={from} onChange={(v) => { setFrom(v); save.reset(); }} />
        <StepSelect label="Til trin" steps={steps} value={to} onChange={(v) => { setTo(v); save.reset(); }} />
        <Field label="Antal borgere" hint="0 fjerner bevægelsen.">
          {({ id, describedBy }) => (
            <input id={id} inputMode="numeric" size={8} maxLength={9} value={countText} aria-describedby={describedBy}
              onChange={(e) => { setCountText(e.target.value); save.reset(); }} />
          )}
        </Field>
      </div>
      <FormActions submitLabel="Gem bevægelse" save={save} />
    </form>
  );
}
