import { useState, type FormEvent } from "react";
import { setExpenditure, setKeyFigures, type Staircase } from "../../api/staircase";
import { useSave } from "../../hooks/useSave";
import { parseQuarter, parseShare, parseWhole } from "../../staircase/staircaseRules";
import { Field, FormActions } from "../Field";
import { QuarterField } from "./QuarterField";
import { StepSelect } from "./StepSelect";
import type { Change } from "../../api/types";

interface KeyFiguresFormProps {
  code: string;
  staircase: Staircase;
  afterSave(change: Change): Promise<void>;
}

/** A quarter's two shares, and the expenditure on one step's service type; an empty field leaves a figure unknown. */
export function KeyFiguresForm({ code, staircase, afterSave }: KeyFiguresFormProps) {
  const [quarterText, setQuarterText] = useState(() => staircase.quarters.at(-1)?.quarter ?? "");
  const known = staircase.quarters.find((q) => q.quarter === parseQuarter(quarterText));
  const [education, setEducation] = useState<string | null>(null);
  const [readmission, setReadmission] = useState<string | null>(null);
  const [stepId, setStepId] = useState(staircase.steps.at(-1)?.id ?? "");
  const [amount, setAmount] = useState("");
  const save = useSave();
  const shown = (typed: string | null, stored: number | null | undefined) => typed ?? (stored == null ? "" : String(stored).replace(".", ","));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const quarter = parseQuarter(quarterText);
    if (!quarter) return save.fail("Skriv kvartalet som år og kvartal, fx 2026K3.");
    const educationShare = parseShare(shown(education, known?.educationOrEmploymentShare));
    const readmissionShare = parseShare(shown(readmission, known?.readmissionShare));
    if ([educationShare, readmissionShare].some((v) => v !== null && (Number.isNaN(v) || v > 100)))
      return save.fail("Andele skal være procent mellem 0 og 100 med højst én decimal, fx 23,4.");
    const kroner = amount.trim() === "" ? null : parseWhole(amount);
    if (kroner !== null && Number.isNaN(kroner)) return save.fail("Udgiften skal være et helt antal kroner, fx 1.500.000.");
    const ok = await save.run(async () => {
      await afterSave(await setKeyFigures({ municipalityCode: code, quarter, educationOrEmploymentShare: educationShare, readmissionShare }));
      if (kroner !== null) await afterSave(await setExpenditure({ municipalityCode: code, quarter, stepId, amount: kroner }));
    });
    if (ok) {
      setEducation(null);
      setReadmission(null);
      setAmount("");
    }
  }

  function changed(set: (value: string) => void) {
    return (value: string) => {
      set(value);
      save.reset();
    };
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Indtast nøgletal for et kvartal">
      <h3>Indtast nøgletal</h3>
      <div className="form__row">
        <QuarterField value={quarterText} onChange={changed((v) => { setQuarterText(v); setEducation(null); setReadmission(null); })} />
        <Field label="Andel i uddannelse eller beskæftigelse (%)">
          {({ id }) => <input id={id} inputMode="decimal" size={6} maxLength={5} value={shown(education, known?.educationOrEmploymentShare)} onChange={(e) => changed(setEducation)(e.target.value)} />}
        </Field>
        <Field label="Andel psykiatriske genindlæggelser (%)">
          {({ id }) => <input id={id} inputMode="decimal" size={6} maxLength={5} value={shown(readmission, known?.readmissionShare)} onChange={(e) => changed(setReadmission)(e.target.value)} />}
        </Field>
      </div>
      <div className="form__row">
        <StepSelect label="Udgift til ydelsestype" steps={staircase.steps} value={stepId} onChange={changed(setStepId)} />
        <Field label="Udgift i kvartalet (kr.)" hint="Valgfri. Hele kroner.">
          {({ id, describedBy }) => (
            <input id={id} inputMode="numeric" size={14} maxLength={17} value={amount} aria-describedby={describedBy} onChange={(e) => changed(setAmount)(e.target.value)} />
          )}
        </Field>
      </div>
      <FormActions submitLabel="Gem nøgletal" save={save} />
    </form>
  );
}
