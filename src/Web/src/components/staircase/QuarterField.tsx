import { Field } from "../Field";

/** The quarter a figure belongs to, typed as Danish statistics write it. */
export function QuarterField({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <Field label="Kvartal" hint="Skriv år og kvartal, fx 2026K3.">
      {({ id, describedBy }) => (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} maxLength={10} size={8} aria-describedby={describedBy} autoComplete="off" />
      )}
    </Field>
  );
}
