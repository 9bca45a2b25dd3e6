import { useId, useMemo, useRef, useState } from "react";
import { aimActivity, addActivity, editActivity, followUpActivity, refOf, restoreActivity, type ActivityFields } from "../../api/implementationMutations";
import { fetchActivityHistory } from "../../api/implementationQueries";
import { fetchStaircaseSteps } from "../../api/staircase";
import { useFetched } from "../../hooks/useFetched";
import { aimInput, encodeAim } from "../../staircase/staircaseRules";
import type { ItemHistorySource } from "../../hooks/useItemHistory";
import { useViewer } from "../../viewer";
import { activitiesFor } from "../../implementation/activityRules";
import { countLabel } from "../../labels";
import { ActivityForm } from "./ActivityForm";
import { ActivityView } from "./ActivityView";
import { PrincipleFilter } from "./PrincipleFilter";
import type { PlanSectionProps } from "./sectionProps";

/** The implementation plan: activities tied to the eight principles, filterable by principle. */
export function ActivityPlanSection({ group, principles, afterSave }: PlanSectionProps) {
  const headingId = useId();
  const formId = useId();
  const [principle, setPrinciple] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  // A counter in the key makes a repeated "Gemt" a new node, so it is announced again.
  const [saved, setSaved] = useState(0);
  const addRef = useRef<HTMLButtonElement>(null);
  const ref = refOf(group);
  const shown = activitiesFor(group.activities, principle);
  const viewer = useViewer();
  const insider = viewer.status === "ready" && viewer.viewer?.municipalityCode === group.municipalityCode;
  const { municipalityCode, slug, version, canEditPlan } = group;
  const [fetchedSteps] = useFetched(municipalityCode, () => fetchStaircaseSteps(municipalityCode));
  const steps = fetchedSteps.status === "ready" ? fetchedSteps.value : [];

  // History is the municipality's own; a new source per group version reloads every open history after anyone's change.
  const history = useMemo<ItemHistorySource | undefined>(
    () =>
      insider
        ? {
            load: (itemId) => fetchActivityHistory(municipalityCode, slug, itemId),
            restore: canEditPlan
              ? async (activityId, to) => afterSave(await restoreActivity({ municipalityCode, slug, activityId, version: to }))
              : undefined,
          }
        : undefined,
    [insider, municipalityCode, slug, version, canEditPlan, afterSave],
  );

  function closeForm() {
    setAdding(false);
    requestAnimationFrame(() => addRef.current?.focus());
  }

  async function add(fields: ActivityFields, aim: string) {
    const added = await addActivity({ ...ref, ...fields });
    await afterSave(aim && added.id ? await aimActivity({ ...ref, activityId: added.id, ...aimInput(aim) }) : added);
    setSaved((n) => n + 1);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Implementeringsplan</h2>
      <p className="section-intro">Aktiviteterne omsætter de otte principper for recovery-orienteret rehabilitering til praksis.</p>
      <div className="plan-toolbar">
        <PrincipleFilter activities={group.activities} principles={principles} value={principle} onChange={setPrinciple} />
        {group.canEditPlan && (
          <button
            type="button"
            ref={addRef}
            className="button"
            aria-expanded={adding}
            aria-controls={adding ? formId : undefined}
            disabled={adding}
            onClick={() => setAdding(true)}
          >
            Tilføj aktivitet
          </button>
        )}
      </div>
      {adding && (
        <div id={formId}>
          <ActivityForm
            heading="Ny aktivitet"
            members={group.members}
            principles={principles}
            steps={steps}
            onSave={add}
            onSaved={closeForm}
            onCancel={closeForm}
          />
        </div>
      )}
      <p className="meta" aria-live="polite">
        {principle === null
          ? countLabel(shown.length, "aktivitet", "aktiviteter")
          : `${countLabel(shown.length, "aktivitet", "aktiviteter")} for princip ${principle}`}
      </p>
      {shown.length === 0 && <p className="empty">Ingen aktiviteter endnu.</p>}
      {shown.map((activity) => (
        <ActivityView
          key={activity.id}
          activity={activity}
          decision={group.decisions.find((d) => d.id === activity.decisionId)}
          trial={group.trialActions.find((t) => t.id === activity.trialId)}
          members={group.members}
          principles={principles}
          canEdit={group.canEditPlan}
          history={history}
          steps={steps}
          onEdit={async (fields, aim) => {
            const edited = await editActivity({ ...ref, activityId: activity.id, ...fields });
            const aimed = aim !== encodeAim(activity.aimFigure, activity.aimStepId);
            await afterSave(aimed ? await aimActivity({ ...ref, activityId: activity.id, ...aimInput(aim) }) : edited);
            setSaved((n) => n + 1);
          }}
          onFollowUp={async (note) => {
            await afterSave(await followUpActivity({ ...ref, activityId: activity.id, note }));
            setSaved((n) => n + 1);
          }}
        />
      ))}
      <p className="save-status" role="status">
        {saved > 0 && <span key={saved}>Gemt</span>}
      </p>
    </section>
  );
}
