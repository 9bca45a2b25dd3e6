import { useId, useRef, useState } from "react";
import type { PlanItemFields } from "../api/mutations";
import type { StaircaseStep } from "../api/staircase";
import type { Member, PlanItem, PrerequisitePlan } from "../api/types";
import type { ItemHistorySource } from "../hooks/useItemHistory";
import { PlanItemForm } from "./PlanItemForm";
import { PlanItemView } from "./PlanItemView";

interface PrerequisiteSectionProps {
  plan: PrerequisitePlan;
  members: Member[];
  canEdit: boolean;
  history?: ItemHistorySource;
  /** The staircase's steps, for aiming an item at a figure; absent where the plan is only shown. */
  steps?: StaircaseStep[];
  onAdd(prerequisite: number, fields: PlanItemFields, aim: string): Promise<void>;
  onEdit(item: PlanItem, fields: PlanItemFields, aim: string): Promise<void>;
}

export function PrerequisiteSection({ plan, members, canEdit, history, steps, onAdd, onEdit }: PrerequisiteSectionProps) {
  const headingId = useId();
  const formId = useId();
  const { number, title } = plan.prerequisite;
  const [adding, setAdding] = useState(false);
  // A counter in the key makes a repeated "Gemt" a new node, so it is announced again.
  const [saved, setSaved] = useState(0);
  const addRef = useRef<HTMLButtonElement>(null);

  function closeForm() {
    setAdding(false);
    requestAnimationFrame(() => addRef.current?.focus());
  }

  return (
    <section className="prerequisite" aria-labelledby={headingId}>
      <div className="prerequisite__head">
        <h3 id={headingId}>
          {number}. {title}
        </h3>
        {canEdit && (
          <button
            type="button"
            ref={addRef}
            className="button button--quiet button--small"
            aria-label={`Tilføj punkt til ${title}`}
            aria-expanded={adding}
            aria-controls={adding ? formId : undefined}
            onClick={() => setAdding(true)}
            disabled={adding}
          >
            Tilføj punkt
          </button>
        )}
      </div>

      {plan.items.length === 0 && !adding && <p className="empty">Ingen punkter endnu.</p>}
      {plan.items.map((item) => (
        <PlanItemView
          key={item.id}
          item={item}
          members={members}
          canEdit={canEdit}
          history={history}
          steps={steps}
          onSave={onEdit}
          onSaved={() => setSaved((n) => n + 1)}
        />
      ))}

      {adding && (
        <div id={formId}>
          <PlanItemForm
            heading={`Nyt punkt: ${title}`}
            members={members}
            steps={steps}
            onSave={(fields, aim) => onAdd(number, fields, aim)}
            onSaved={() => {
              setSaved((n) => n + 1);
              closeForm();
            }}
            onCancel={closeForm}
          />
        </div>
      )}
      <p className="save-status" role="status">
        {saved > 0 && <span key={saved}>Gemt</span>}
      </p>
    </section>
  );
}
