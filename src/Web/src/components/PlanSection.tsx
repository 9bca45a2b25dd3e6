import { useId, useMemo } from "react";
import { addPlanItem, aimPlanItem, editPlanItem, restorePlanItem, type PlanItemFields } from "../api/mutations";
import { fetchStaircaseSteps } from "../api/staircase";
import { useFetched } from "../hooks/useFetched";
import { aimInput, encodeAim } from "../staircase/staircaseRules";
import { fetchItemHistory } from "../api/queries";
import type { Change, Member, PlanItem, PrerequisitePlan } from "../api/types";
import type { ItemHistorySource } from "../hooks/useItemHistory";
import { exportPaths } from "../api/exports";
import { ExportButtons } from "./ExportButtons";
import { PrerequisiteSection } from "./PrerequisiteSection";

interface PlanSectionProps {
  municipalityCode: string;
  plan: PrerequisitePlan[];
  members: Member[];
  canEdit: boolean;
  /** The group's version while it is today's plan; absent for a plan shown as of an earlier day, which has no history buttons. */
  version?: number;
  /** Only the municipality's own people: the file holds names and free text. */
  canExport: boolean;
  afterSave(change: Change): Promise<void>;
}

export function PlanSection({ municipalityCode, plan, members, canEdit, version, canExport, afterSave }: PlanSectionProps) {
  const headingId = useId();
  const [steps] = useFetched(municipalityCode, () => fetchStaircaseSteps(municipalityCode));

  // A new source per group version makes every open history reload after anyone's change.
  const history = useMemo<ItemHistorySource | undefined>(
    () =>
      version === undefined
        ? undefined
        : {
            load: (itemId) => fetchItemHistory(municipalityCode, itemId),
            restore: canEdit
              ? async (itemId, to) => afterSave(await restorePlanItem({ municipalityCode, itemId, version: to }))
              : undefined,
          },
    [municipalityCode, version, canEdit, afterSave],
  );

  async function add(prerequisite: number, fields: PlanItemFields, aim: string) {
    const added = await addPlanItem({ municipalityCode, prerequisite, ...fields });
    await afterSave(aim && added.id ? await aimPlanItem({ municipalityCode, itemId: added.id, ...aimInput(aim) }) : added);
  }

  async function edit(item: PlanItem, fields: PlanItemFields, aim: string) {
    const edited = await editPlanItem({ municipalityCode, itemId: item.id, ...fields });
    const aimed = aim !== encodeAim(item.aimFigure ?? null, item.aimStepId ?? null);
    await afterSave(aimed ? await aimPlanItem({ municipalityCode, itemId: item.id, ...aimInput(aim) }) : edited);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Udviklingsplan</h2>
      <p className="section-intro">
        Planen følger de otte organisatoriske forudsætninger for recovery-orienteret omstilling.
      </p>
      {canExport && <ExportButtons path={exportPaths.developmentPlan(municipalityCode)} subject="udviklingsplanen" />}
      {plan.map((entry) => (
        <PrerequisiteSection
          key={entry.prerequisite.number}
          plan={entry}
          members={members}
          canEdit={canEdit}
          history={history}
          steps={canEdit && steps.status === "ready" ? steps.value : undefined}
          onAdd={add}
          onEdit={edit}
        />
      ))}
    </section>
  );
}
