import type { Ref } from "react";
import type { Principle } from "../../api/implementationTypes";

interface PrincipleCheckboxesProps {
  principles: Principle[];
  value: number[];
  onChange(value: number[]): void;
  legend?: string;
  /** The first box, to take focus when no principle was chosen. */
  firstRef?: Ref<HTMLInputElement>;
}

/** Which of the eight principles an activity serves; at least one is required. */
export function PrincipleCheckboxes({ principles, value, onChange, legend = "Principper", firstRef }: PrincipleCheckboxesProps) {
  function toggle(number: number, checked: boolean) {
    onChange(checked ? [...value, number] : value.filter((n) => n !== number));
  }

  return (
    <fieldset className="principles">
      <legend>
        {legend} <span className="hint">(vælg mindst ét)</span>
      </legend>
      {principles.map((p, index) => (
        <label key={p.number} className="principles__choice">
          <input
            type="checkbox"
            ref={index === 0 ? firstRef : undefined}
            checked={value.includes(p.number)}
            onChange={(e) => toggle(p.number, e.target.checked)}
          />
          {p.number}. {p.title}
        </label>
      ))}
    </fieldset>
  );
}
