import { useId, type ReactNode, type Ref } from "react";
import type { Save } from "../hooks/useSave";
import { SaveStatus } from "./SaveStatus";

interface FieldProps {
  label: string;
  hint?: string;
  /** Renders the control with the id its label points at and the id of its hint. */
  children(control: { id: string; describedBy?: string }): ReactNode;
}

/** A labelled form control with an optional hint, wired together for screen readers. */
export function Field({ label, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: hintId })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  maxLength: number;
  onChange(value: string): void;
}

export function TextInput({ label, value, maxLength, onChange, inputRef }: TextProps & { inputRef?: Ref<HTMLInputElement> }) {
  return (
    <Field label={label}>
      {({ id }) => (
        <input
          id={id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          maxLength={maxLength}
          required
          autoComplete="off"
        />
      )}
    </Field>
  );
}

interface TextAreaProps extends TextProps {
  rows: number;
  required?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** A long text, optional unless `required`; the hint tells the limit before the browser enforces it. */
export function TextArea({ label, value, maxLength, onChange, rows, required = false, inputRef }: TextAreaProps) {
  return (
    <Field label={label} hint={`${required ? "" : "Valgfri. "}Højst ${maxLength} tegn.`}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          maxLength={maxLength}
          rows={rows}
          required={required}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

interface FormActionsProps {
  submitLabel: string;
  save: Save;
  children?: ReactNode;
}

/** The submit button, disabled while saving, with any extra buttons and the save status beside it. */
export function FormActions({ submitLabel, save, children }: FormActionsProps) {
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={save.status === "saving"}>
        {submitLabel}
      </button>
      {children}
      <SaveStatus save={save} />
    </div>
  );
}
