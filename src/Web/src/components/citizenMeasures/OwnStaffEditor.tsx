import { useState, type FormEvent } from "react";
import { changeCitizenStaff } from "../../api/citizenMeasures";
import { useSave } from "../../hooks/useSave";
import { Field } from "../Field";
import { SaveStatus } from "../SaveStatus";

interface OwnStaffEditorProps {
  code: string;
  pseudonym: string;
  staff: string[];
  you: string;
  onChanged(): void;
}

/** Who follows the citizen and so sees their answers: colleagues by the id they sign in with. */
export function OwnStaffEditor({ code, pseudonym, staff, you, onChanged }: OwnStaffEditorProps) {
  const [colleague, setColleague] = useState("");
  const save = useSave();

  async function change(next: string[]) {
    if (await save.run(() => changeCitizenStaff(code, pseudonym, next))) {
      setColleague("");
      onChanged();
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const id = colleague.trim();
    if (id && !staff.includes(id)) void change([...staff, id]);
  }

  return (
    <>
      <h3>Medarbejdere, der følger borgeren</h3>
      <p className="hint">Kun de medarbejdere, der står her, og borgeren selv kan se borgerens svar.</p>
      <ul className="citizen-list">
        {staff.map((id) => (
          <li key={id}>
            {id === you ? `${id} (dig)` : id}{" "}
            {id !== you && (
              <button type="button" className="button button--quiet button--small" onClick={() => void change(staff.filter((s) => s !== id))}>
                Fjern<span className="visually-hidden"> {id}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={add}>
        <Field label="Tilføj en kollega" hint="Kollegaens person-id, fx p-657-sara.">
          {({ id, describedBy }) => (
            <input id={id} value={colleague} onChange={(e) => setColleague(e.target.value)} aria-describedby={describedBy}
              maxLength={64} autoComplete="off" spellCheck={false} />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--quiet" disabled={save.status === "saving"}>
            Tilføj
          </button>
          <SaveStatus save={save} />
        </div>
      </form>
    </>
  );
}
