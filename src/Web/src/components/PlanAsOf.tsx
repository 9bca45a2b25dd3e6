import type { Change } from "../api/types";
import { useSteeringGroupAsOf } from "../hooks/useSteeringGroupAsOf";
import { AsOfBanner } from "./AsOfBanner";
import { DecisionsSection } from "./DecisionsSection";
import { ErrorMessage } from "./ErrorMessage";
import { Loading } from "./Loading";
import { PlanSection } from "./PlanSection";

interface PlanAsOfProps {
  code: string;
  day: string;
  onBack(): void;
}

// Nothing can be edited in the past, so nothing is ever saved from here.
async function readOnly(_change: Change) {}

/** The decisions and the development plan as they were at the end of a day, clearly marked and read-only. */
export function PlanAsOf({ code, day, onBack }: PlanAsOfProps) {
  const state = useSteeringGroupAsOf(code, day);

  return (
    <>
      <AsOfBanner what="planen" day={day} onBack={onBack} />
      {state.status === "loading" && <Loading text="Henter planen, som den var …" />}
      {state.status === "error" && <ErrorMessage>{state.message}</ErrorMessage>}
      {state.status === "ready" && state.group === null && (
        <p className="empty">Styregruppen var ikke oprettet endnu på den dag.</p>
      )}
      {state.status === "ready" && state.group !== null && (
        <div className="steering">
          <DecisionsSection
            municipalityCode={code}
            decisions={state.group.decisions}
            members={state.group.members}
            plan={state.group.developmentPlan}
            canGovern={false}
            canExport={false}
            afterSave={readOnly}
          />
          <PlanSection
            municipalityCode={code}
            plan={state.group.developmentPlan}
            members={state.group.members}
            canEdit={false}
            canExport={false}
            afterSave={readOnly}
          />
        </div>
      )}
    </>
  );
}
