import type { ProgrammePhase } from "../../api/types";
import { REGION_NAMES } from "../../console/regions";
import { programmePhaseLabels, programmePhases } from "../../labels";
import { Field } from "../Field";

interface Props {
  region: string | null;
  phase: ProgrammePhase | null;
  onRegion(region: string | null): void;
  onPhase(phase: ProgrammePhase | null): void;
}

/** Region and phase; each choice changes the address at once, so the filtered view can be linked. */
export function ConsoleFilters({ region, phase, onRegion, onPhase }: Props) {
  return (
    <div className="console-filters" role="group" aria-label="Filtre">
      <Field label="Region">
        {({ id }) => (
          <select id={id} value={region ?? ""} onChange={(e) => onRegion(e.target.value || null)}>
            <option value="">Alle regioner</option>
            {REGION_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Fase">
        {({ id }) => (
          <select id={id} value={phase ?? ""} onChange={(e) => onPhase(programmePhases.find((p) => p === e.target.value) ?? null)}>
            <option value="">Alle faser</option>
            {programmePhases.map((p) => (
              <option key={p} value={p}>
                {programmePhaseLabels[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
