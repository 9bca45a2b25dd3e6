import type { Activity, Principle } from "../../api/implementationTypes";
import { countByPrinciple } from "../../implementation/activityRules";
import { Field } from "../Field";

interface PrincipleFilterProps {
  activities: Activity[];
  principles: Principle[];
  value: number | null;
  onChange(principle: number | null): void;
}

/** Narrows the plan to one principle; each choice says how many activities it holds. */
export function PrincipleFilter({ activities, principles, value, onChange }: PrincipleFilterProps) {
  const counts = countByPrinciple(activities);
  return (
    <Field label="Vis aktiviteter for princip">
      {({ id }) => (
        <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">Alle principper ({activities.length})</option>
          {principles.map((p) => (
            <option key={p.number} value={p.number}>
              {p.number}. {p.title} ({counts.get(p.number) ?? 0})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
