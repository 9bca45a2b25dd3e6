import { useRef, useState, type FormEvent } from "react";
import { addReviewedCase } from "../../api/caseReviews";
import { referenceProblem, REFERENCE_MAX } from "../../caseReviews/caseReviewRules";
import { newOpId } from "../../collab/opIds";
import { useSave } from "../../hooks/useSave";
import { Field, FormActions } from "../Field";

interface AddCaseFormProps {
  municipalityCode: string;
  reviewId: string;
  onAdded(): void;
}

/** Adds a case by its local reference only; the hint says why a name or CPR number never goes here. */
export function AddCaseForm({ municipalityCode, reviewId, onAdded }: AddCaseFormProps) {
  const [reference, setReference] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = referenceProblem(reference);
    if (problem) {
      save.fail(problem);
      inputRef.current?.focus();
      return;
    }
    const caseId = `c-${newOpId()}`;
    if (await save.run(() => addReviewedCase({ municipalityCode, reviewId, caseId, reference: reference.trim() }))) {
      setReference("");
      onAdded();
      inputRef.current?.focus();
    } else inputRef.current?.focus();
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <Field
        label="Sagens reference"
        hint={`Kommunens egen korte reference med mindst ét tal, fx "Sag 3" (højst ${REFERENCE_MAX} tegn). Aldrig navn eller CPR-nummer.`}
      >
        {({ id, describedBy }) => (
          <input
            id={id}
            ref={inputRef}
            value={reference}
            maxLength={REFERENCE_MAX}
            autoComplete="off"
            aria-describedby={describedBy}
            onChange={(e) => {
              setReference(e.target.value);
              if (save.status !== "saving") save.reset();
            }}
          />
        )}
      </Field>
      <FormActions submitLabel="Tilføj sag" save={save} />
    </form>
  );
}
