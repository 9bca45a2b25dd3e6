import { useRef, useState, type FormEvent } from "react";
import { addPlanItemFromReview, type CaseReview, type PrincipleTally } from "../../api/caseReviews";
import { LIMITS } from "../../api/types";
import { shareText } from "../../caseReviews/caseReviewRules";
import { newOpId } from "../../collab/opIds";
import { useSave } from "../../hooks/useSave";
import { prerequisiteTitles, principleShortTitles } from "../../labels";
import { announce } from "../Announcer";
import { Field, FormActions, TextInput } from "../Field";

/** The prerequisite that names case audits; the tovholder may choose another. */
const CASE_HANDLING = 5;

/** Turns one principle's result into a development-plan item in one step; the item links back to the review. */
export function PlanFromPrinciple({ code, review, tally, onMade }: { code: string; review: CaseReview; tally: PrincipleTally; onMade(): void }) {
  const { number, title: principle } = tally.principle;
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(`Styrk princip ${number} i sagsarbejdet: ${principleShortTitles[number] ?? principle}`);
  const [prerequisite, setPrerequisite] = useState(CASE_HANDLING);
  // Made once per form, so a resent request makes no second item.
  const itemId = useRef(`i-${newOpId()}`);
  const titleRef = useRef<HTMLInputElement>(null);
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      save.fail("Skriv en titel på handlingen.");
      titleRef.current?.focus();
      return;
    }
    const description = `Fra sagsgennemgangen \u201d${review.title}\u201d: ${shareText(tally)} af de vurderede sager afspejlede princippet \u201d${principle}\u201d.`;
    const made = await save.run(() =>
      addPlanItemFromReview({ municipalityCode: code, id: itemId.current, prerequisite, title: title.trim(), description, reviewId: review.id }),
    );
    if (made) {
      announce(`Handlingen for princip ${number} er lagt i styregruppens udviklingsplan.`);
      itemId.current = `i-${newOpId()}`;
      setOpen(false);
      onMade();
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button--small" aria-label={`Lav en handling for princip ${number}: ${principle}`} onClick={() => setOpen(true)}>
        Lav en handling
      </button>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={`Handling for princip ${number}`}>
      <TextInput label="Handlingens titel" inputRef={titleRef} value={title} maxLength={LIMITS.planTitle} onChange={(v) => (setTitle(v), save.reset())} />
      <Field label="Forudsætning i udviklingsplanen">
        {({ id }) => (
          <select id={id} value={prerequisite} onChange={(e) => setPrerequisite(Number(e.target.value))}>
            {Object.entries(prerequisiteTitles).map(([value, label]) => (
              <option key={value} value={value}>
                {value}. {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions submitLabel="Opret handlingen" save={save}>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
