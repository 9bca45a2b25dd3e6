import type { StaircaseStep } from "../../api/staircase";
import { keyFigureLabels } from "../../staircase/staircaseRules";
import { Field } from "../Field";

/** The key figure an activity is expected to move, shown beside that figure on the staircase page. */
export function AimSelect({ steps, value, onChange }: { steps: StaircaseStep[]; value: string; onChange(value: string): void }) {
  const top = [...steps].reverse();
  return (
    <Field label="Sigter mod nøgletal" hint="Valgfri. Aktiviteten vises ved tallet på siden Indsatstrappe og nøgletal.">
      {({ id, describedBy }) => (
        <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          <option value="">Intet nøgletal</option>
          <option value="EDUCATION_OR_EMPLOYMENT">{keyFigureLabels.EDUCATION_OR_EMPLOYMENT}</option>
          <option value="READMISSIONS">{keyFigureLabels.READMISSIONS}</option>
          <option value="EXPENDITURE">{keyFigureLabels.EXPENDITURE}</option>
          {top.map((s) => (
            <option key={s.id} value={`STAIRCASE_STEP:${s.id}`}>
              Borgere på trinnet {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
