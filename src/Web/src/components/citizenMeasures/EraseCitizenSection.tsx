import { useState, type FormEvent } from "react";
import { eraseCitizenMeasures } from "../../api/privacy";
import { useSave } from "../../hooks/useSave";
import { SaveStatus } from "../SaveStatus";

const PSEUDONYM = /^B-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/**
 * For the tovholder and strategic leaders: a citizen's measures erased on the citizen's request, for good.
 * Asked once more before it happens, since nothing can bring the answers back.
 */
export function EraseCitizenSection({ code }: { code: string }) {
  const [pseudonym, setPseudonym] = useState("");
  const erase = useSave();

  function submit(event: FormEvent) {
    event.preventDefault();
    const p = pseudonym.trim().toUpperCase();
    if (!PSEUDONYM.test(p)) {
      erase.fail("Skriv borgerens pseudonym, fx B-7KQ4MX.");
      return;
    }
    if (!window.confirm(`Slet alle målinger for borger ${p}? Svarene, den personlige kode og pseudonymet slettes og kan ikke gendannes.`)) return;
    void erase.run(() => eraseCitizenMeasures(code, p)).then((done) => done && setPseudonym(""));
  }

  return (
    <section className="panel" aria-labelledby="erase-citizen">
      <h2 id="erase-citizen">Slet borgerens målinger</h2>
      <p>
        Når en borger beder om det, slettes alle borgerens svar, koden og pseudonymet. Kommunens tal regnes derefter uden borgeren; tal, der
        allerede er delt anonymt med referencenetværket, ændres ikke.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <label htmlFor="erase-pseudonym">Borgerens pseudonym</label>
        <input
          id="erase-pseudonym"
          value={pseudonym}
          autoComplete="off"
          onChange={(e) => {
            setPseudonym(e.target.value);
            erase.reset();
          }}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={erase.status === "saving"}>
            Slet borgerens målinger
          </button>
        </div>
        <SaveStatus save={erase} savingText="Sletter …" savedText="Borgerens målinger er slettet" />
      </form>
    </section>
  );
}
