import { Field } from "../Field";

export function DateField({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  return (
    <Field label={label} hint="Valgfri.">
      {({ id, describedBy }) => (
        <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} />
      )}
    </Field>
  );
}
