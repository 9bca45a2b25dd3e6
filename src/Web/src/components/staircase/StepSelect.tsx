import type { StaircaseStep } from "../../api/staircase";
import { Field } from "../Field";

/** A step of the staircase, bottom step first. */
export function StepSelect({ label, steps, value, onChange }: { label: string; steps: StaircaseStep[]; value: string; onChange(value: string): void }) {
  return (
    <Field label={label}>
      {({ id }) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          {steps.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
