import { useId, useState } from "react";
import { changeProgrammePhase } from "../api/programmeMutations";
import type { Change, Programme, ProgrammePhase } from "../api/types";
import { useSave } from "../hooks/useSave";
import { programmePhaseLabels, programmePhases } from "../labels";
import { SaveStatus } from "./SaveStatus";

interface PhaseIndicatorProps {
  code: string;
  programme: Programme;
  afterSave(change: Change): Promise<void>;
}

/** The four phases in order, the current one marked as the current step; those allowed may move it. */
export function PhaseIndicator({ code, programme, afterSave }: PhaseIndicatorProps) {
  const headingId = useId();
  const selectId = useId();
  const save = useSave();
  const current = programme.phase ?? "START_UP";
  const [target, setTarget] = useState<ProgrammePhase>(current);

  function move() {
    void save.run(async () => afterSave(await changeProgrammePhase(code, target)));
  }

  return (
    <div className="programme__part">
      <h3 id={headingId}>Fase</h3>
      <ol className="phases" aria-labelledby={headingId}>
        {programmePhases.map((phase) => (
          <li
            key={phase}
            className={phase === current ? "phases__step phases__step--current" : "phases__step"}
            aria-current={phase === current ? "step" : undefined}
          >
            {programmePhaseLabels[phase]}
            {phase === current && <span className="visually-hidden"> (nuværende fase)</span>}
          </li>
        ))}
      </ol>
      {programme.canChangePhase && (
        <div className="form__actions">
          <label htmlFor={selectId}>Flyt til fase</label>
          <select
            id={selectId}
            value={target}
            onChange={(e) => {
              setTarget(e.target.value as ProgrammePhase);
              save.reset();
            }}
          >
            {programmePhases.map((phase) => (
              <option key={phase} value={phase}>
                {programmePhaseLabels[phase]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={save.status === "saving" || target === current}
            onClick={move}
          >
            Skift fase
          </button>
          <SaveStatus save={save} savingText="Skifter fase …" savedText="Fasen er skiftet" />
        </div>
      )}
    </div>
  );
}
