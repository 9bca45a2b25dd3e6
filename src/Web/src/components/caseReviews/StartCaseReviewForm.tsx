import { useRef, useState, type FormEvent } from "react";
import { startCaseReview } from "../../api/caseReviews";
import { newOpId } from "../../collab/opIds";
import { useSave } from "../../hooks/useSave";
import { caseReviewPath, navigate } from "../../router";
import { Field, FormActions, TextInput } from "../Field";

const TITLE_MAX = 200;

/** The tovholder starts a review; its id is made here, so a resent request starts nothing twice. */
export function StartCaseReviewForm({ municipalityCode, rounds }: { municipalityCode: string; rounds: { id: string; title: string }[] }) {
  const [title, setTitle] = useState("");
  const [roundId, setRoundId] = useState("");
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
    if (await save.run(() => startCaseReview({ municipalityCode, id: id.current, title: title.trim(), temperatureRoundId: roundId || null })))
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
      {rounds.length > 0 && (
        <Field label="Hører til temperaturmåling" hint="Valgfri: den måling, gennemgangen er en del af.">
          {({ id: selectId, describedBy }) => (
            <select id={selectId} aria-describedby={describedBy} value={roundId} onChange={(e) => setRoundId(e.target.value)}>
              <option value="">Ingen</option>
              {rounds.map((round) => (
                <option key={round.id} value={round.id}>
                  {round.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <FormActions submitLabel="Start sagsgennemgang" save={save} />
    </form>
  );
}
