import { useId } from "react";
import { exportPaths } from "../api/exports";
import { addPlanItem, editPlanItem, type PlanItemFields } from "../api/mutations";
import type { Change, Member, PlanItem, PrerequisitePlan } from "../api/types";
import { ExportButtons } from "./ExportButtons";
import { PrerequisiteSection } from "./PrerequisiteSection";

interface PlanSectionProps {
  municipalityCode: string;
  plan: PrerequisitePlan[];
  members: Member[];
  canEdit: boolean;
  /** Only the municipality's own people: the file holds names and free text. */
  canExport: boolean;
  afterSave(change: Change): Promise<void>;
}

export function PlanSection({ municipalityCode, plan, members, canEdit, canExport, afterSave }: PlanSectionProps) {
  const headingId = useId();

  async function add(prerequisite: number, fields: PlanItemFields) {
    await afterSave(await addPlanItem({ municipalityCode, prerequisite, ...fields }));
  }

  async function edit(item: PlanItem, fields: PlanItemFields) {
    await afterSave(await editPlanItem({ municipalityCode, itemId: item.id, ...fields }));
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
          onAdd={add}
          onEdit={edit}
        />
      ))}
    </section>
  );
}
