import { useState, type FormEvent } from "react";
import { copenhagenDay } from "../format";
import { Field } from "./Field";

interface AsOfPickerProps {
  day: string | null;
  onPick(day: string): void;
}

/** "Vis planen som den var den": a day in the past; today's plan is the page itself. */
export function AsOfPicker({ day, onPick }: AsOfPickerProps) {
  const [value, setValue] = useState(day ?? "");
  const today = copenhagenDay(new Date());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value) onPick(value);
  }

  return (
    <form className="form form--inline" onSubmit={submit}>
      <Field label="Vis planen som den var den">
        {({ id }) => (
          <input id={id} type="date" value={value} max={today} required onChange={(e) => setValue(e.target.value)} />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--quiet">
          Vis
        </button>
      </div>
    </form>
  );
}
