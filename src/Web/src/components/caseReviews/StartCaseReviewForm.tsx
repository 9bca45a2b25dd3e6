import { useRef, useState, type FormEvent } from "react";
import { startCaseReview } from "../../api/caseReviews";
import { newOpId } from "../../collab/opIds";
import { useSave } from "../../hooks/useSave";
import { caseReviewPath, navigate } from "../../router";
import { FormActions, TextInput } from "../Field";

const TITLE_MAX = 200;

/** The tovholder starts a review; its id is made here, so a resent request starts nothing twice. */
export function StartCaseReviewForm({ municipalityCode }: { municipalityCode: string }) {
  const [title, setTitle] = useState("");
  const id = useRef(`s-${newOpId()}`);
  const titleRef = useRef<HTMLInputElement>(null);
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      save.fail("Skriv en titel på sagsgennemgangen.");
      titleRef.current?.focus();
      return;
    }
    if (await save.run(() => startCaseReview({ municipalityCode, id: id.current, title: title.trim() })))
      navigate(caseReviewPath(municipalityCode, id.current));
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h2>Start en sagsgennemgang</h2>
      <TextInput
        label="Titel"
        inputRef={titleRef}
        value={title}
        maxLength={TITLE_MAX}
        onChange={(v) => {
          setTitle(v);
          if (save.status !== "saving") save.reset();
        }}
      />
      <FormActions submitLabel="Start sagsgennemgang" save={save} />
    </form>
  );
}
