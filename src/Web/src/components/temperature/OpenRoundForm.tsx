import { useCallback, useRef, useState, type FormEvent } from "react";
import { fetchPeople } from "../../api/people";
import { openRound } from "../../api/temperature";
import { useFetched } from "../../hooks/useFetched";
import { useSave } from "../../hooks/useSave";
import { navigate, temperatureRoundPath } from "../../router";
import { ErrorMessage } from "../ErrorMessage";
import { FormActions, TextInput } from "../Field";
import { Loading } from "../Loading";

const TITLE_MAX = 200;

/** Opens a round for the respondents chosen among the municipality's known people, then goes to it. */
export function OpenRoundForm({ code, onCancel }: { code: string; onCancel(): void }) {
  const [title, setTitle] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const fetch = useCallback(() => fetchPeople(code), [code]);
  const [people, reload] = useFetched(`people:${code}`, fetch);
  const save = useSave();
  const titleRef = useRef<HTMLInputElement>(null);

  function toggle(personId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(personId);
    else next.delete(personId);
    setChosen(next);
    save.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      save.fail("Giv målingen en titel, fx \u201dForårets måling 2027\u201d.");
      titleRef.current?.focus();
      return;
    }
    if (chosen.size === 0) {
      save.fail("Vælg mindst én respondent.");
      return;
    }
    await save.run(async () => {
      const change = await openRound(code, title.trim(), [...chosen]);
      if (change.id) navigate(temperatureRoundPath(code, change.id));
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Ny temperaturmåling</h3>
      <TextInput label="Titel" inputRef={titleRef} value={title} maxLength={TITLE_MAX} onChange={(v) => (setTitle(v), save.reset())} />
      <fieldset className="principles">
        <legend>Respondenter</legend>
        <p className="hint">Fx styregruppens medlemmer, tovholderen og udvalgte sagsbehandlere. Hver svarer fra sin egen enhed.</p>
        {people.status === "loading" && <Loading text="Henter personer …" />}
        {people.status === "error" && <ErrorMessage onRetry={reload}>{people.message}</ErrorMessage>}
        {people.status === "ready" && people.value.length === 0 && <p>Der er ingen kendte personer endnu. Tilføj medlemmer til grupperne først.</p>}
        {people.status === "ready" &&
          people.value.map((person) => (
            <label key={person.personId} className="principles__choice">
              <input type="checkbox" checked={chosen.has(person.personId)} onChange={(e) => toggle(person.personId, e.target.checked)} />
              {person.name}
            </label>
          ))}
      </fieldset>
      <FormActions submitLabel="Start målingen" save={save}>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Annullér
        </button>
      </FormActions>
    </form>
  );
}
