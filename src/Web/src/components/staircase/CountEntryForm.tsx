import { useState, type FormEvent } from "react";
import { setCount, type Staircase } from "../../api/staircase";
import { useSave } from "../../hooks/useSave";
import { parseQuarter, parseWhole, suggestedQuarter } from "../../staircase/staircaseRules";
import { FormActions } from "../Field";
import { QuarterField } from "./QuarterField";
import type { Change } from "../../api/types";

interface CountEntryFormProps {
  code: string;
  staircase: Staircase;
  afterSave(change: Change): Promise<void>;
}

/** A quarter's counts typed by hand, one field per step (bottom step first, as the staircase is built); only changed counts are sent. */
export function CountEntryForm({ code, staircase, afterSave }: CountEntryFormProps) {
  const [quarterText, setQuarterText] = useState(() => suggestedQuarter(staircase.quarters.map((q) => q.quarter), new Date()));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const save = useSave();
  const quarter = parseQuarter(quarterText);
  const stored = (stepId: string) => staircase.quarters.find((q) => q.quarter === quarter)?.counts.find((c) => c.stepId === stepId)?.count;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!quarter) return save.fail("Skriv kvartalet som år og kvartal, fx 2026K3.");
    const changes = Object.entries(typed).filter(([, text]) => text.trim() !== "");
    const bad = changes.find(([, text]) => Number.isNaN(parseWhole(text)) || parseWhole(text) > 1_000_000);
    if (bad) return save.fail(`Antal for ${staircase.steps.find((s) => s.id === bad[0])?.name ?? bad[0]} skal være et helt tal fra 0 til 1.000.000.`);
    const ok = await save.run(async () => {
      for (const [stepId, text] of changes) {
        if (parseWhole(text) !== stored(stepId)) await afterSave(await setCount({ municipalityCode: code, quarter, stepId, count: parseWhole(text) }));
      }
    });
    if (ok) setTyped({});
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Indtast antal borgere pr. trin">
      <h3>Indtast antal</h3>
      <QuarterField value={quarterText} onChange={(v) => { setQuarterText(v); setTyped({}); save.reset(); }} />
      <table className="table table--form">
        <caption className="visually-hidden">Antal borgere pr. trin i kvartalet</caption>
        <thead>
          <tr>
            <th scope="col">Trin</th>
            <th scope="col">Antal borgere</th>
          </tr>
        </thead>
        <tbody>
          {staircase.steps.map((step) => (
            <tr key={step.id}>
              <th scope="row">
                <label htmlFor={`antal-${step.id}`}>{step.name}</label>
              </th>
              <td>
                <input
                  id={`antal-${step.id}`}
                  inputMode="numeric"
                  size={8}
                  maxLength={9}
                  value={typed[step.id] ?? (stored(step.id)?.toString() ?? "")}
                  onChange={(e) => { setTyped((t) => ({ ...t, [step.id]: e.target.value })); save.reset(); }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormActions submitLabel="Gem antal" save={save} />
    </form>
  );
}
