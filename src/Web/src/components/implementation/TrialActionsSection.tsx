import { useId } from "react";
import { promoteTrialAction, recordTrialLearning, refOf } from "../../api/implementationMutations";
import { ProposeTrialForm } from "./ProposeTrialForm";
import type { PlanSectionProps } from "./sectionProps";
import { TrialActionView } from "./TrialActionView";

/** Trial actions (prøvehandlinger): try something small, learn from it, and make what works an activity. */
export function TrialActionsSection({ group, principles, afterSave }: PlanSectionProps) {
  const headingId = useId();
  const ref = refOf(group);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Prøvehandlinger</h2>
      {group.trialActions.length === 0 && <p className="empty">Gruppen har ingen prøvehandlinger endnu.</p>}
      {group.trialActions.map((trial) => (
        <TrialActionView
          key={trial.id}
          trial={trial}
          activity={group.activities.find((a) => a.id === trial.promotedTo)}
          principles={principles}
          canEdit={group.canEditPlan}
          onLearning={async (learning) => afterSave(await recordTrialLearning({ ...ref, trialId: trial.id, learning }))}
          onPromote={async (chosen) => afterSave(await promoteTrialAction({ ...ref, trialId: trial.id, principles: chosen }))}
        />
      ))}
      {group.canEditPlan && <ProposeTrialForm group={group} afterSave={afterSave} />}
    </section>
  );
}
