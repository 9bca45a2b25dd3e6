import { useState, type FormEvent } from "react";
import { admitGuest } from "../api/workshopGuests";
import { Field } from "../components/Field";
import { SaveStatus } from "../components/SaveStatus";
import { useSave } from "../hooks/useSave";
import { navigate, workshopPath } from "../router";
import { usePageTitle } from "../usePageTitle";

/** A guest (citizen, relative, peer worker) joins one workshop with its code; no account needed. */
export function GuestJoinPage({ guestCode }: { guestCode: string }) {
  usePageTitle("Deltag i en workshop");
  const [code, setCode] = useState(guestCode);
  const [name, setName] = useState("");
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    let workshop = "";
    const admitted = await save.run(async () => {
      workshop = await admitGuest(code.trim(), name.trim());
    });
    const [municipality, , id] = workshop.split("/");
    if (admitted && municipality && id) navigate(workshopPath(municipality, id));
  }

  return (
    <section className="panel guest-join">
      <h1>Deltag i en workshop</h1>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field label="Kode" hint="Koden fra facilitator, fx K7M-4QX.">
          {({ id, describedBy }) => (
            <input id={id} value={code} onChange={(e) => setCode(e.target.value)} aria-describedby={describedBy}
              required autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          )}
        </Field>
        <Field label="Dit navn" hint="Dit navn, som de andre ser det – kun i denne workshop.">
          {({ id, describedBy }) => (
            <input id={id} value={name} onChange={(e) => setName(e.target.value)} aria-describedby={describedBy}
              required maxLength={100} autoComplete="given-name" />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.status === "saving"}>
            Gå ind
          </button>
          <SaveStatus save={save} savingText="Går ind …" savedText="" />
        </div>
      </form>
    </section>
  );
}
