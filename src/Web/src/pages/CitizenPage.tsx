import { useCallback, useEffect, useState, type FormEvent } from "react";
import {
  answerMeasure,
  citizenSession,
  fetchCitizen,
  fetchInstruments,
  forgetCitizenSession,
  signInWithCode,
  type CitizenRecord,
  type CitizenSession,
  type Instrument,
} from "../api/citizenMeasures";
import { ApiError, messageOf } from "../api/errors";
import { InstrumentPicker } from "../components/citizenMeasures/InstrumentPicker";
import { MeasureForm } from "../components/citizenMeasures/MeasureForm";
import { MeasureTrend } from "../components/citizenMeasures/MeasureTrend";
import "../components/citizenMeasures/citizenMeasures.css";
import { ErrorMessage } from "../components/ErrorMessage";
import { Field } from "../components/Field";
import { Loading } from "../components/Loading";
import { SaveStatus } from "../components/SaveStatus";
import { useSave } from "../hooks/useSave";
import { usePageTitle } from "../usePageTitle";

/** A citizen answers with the personal code from their staff member; no account, and nothing here but their own answers. */
export function CitizenPage() {
  usePageTitle("Dine svar");
  const [session, setSession] = useState<CitizenSession | null>(citizenSession);
  const [notice, setNotice] = useState<string | null>(null);

  function signOut(message: string | null) {
    forgetCitizenSession();
    setSession(null);
    setNotice(message);
  }

  return (
    <section className="citizen-page">
      <h1>Dine svar</h1>
      {session === null ? (
        <CodeForm notice={notice} onSignedIn={setSession} />
      ) : (
        <Answering session={session} onSignOut={signOut} />
      )}
    </section>
  );
}

function CodeForm({ notice, onSignedIn }: { notice: string | null; onSignedIn(session: CitizenSession): void }) {
  const [code, setCode] = useState("");
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    let session: CitizenSession | null = null;
    await save.run(async () => { session = await signInWithCode(code); });
    if (session) onSignedIn(session);
  }

  return (
    <form className="form citizen-page__code" onSubmit={(e) => void submit(e)}>
      {notice && <p className="message">{notice}</p>}
      <Field label="Din personlige kode" hint="Du får koden af din medarbejder. Den har 10 tegn, fx K7M4Q-X2PRW.">
        {({ id, describedBy }) => (
          <input id={id} value={code} onChange={(e) => setCode(e.target.value)} aria-describedby={describedBy}
            required maxLength={20} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="input--large" />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button choice--save" disabled={save.status === "saving"}>
          Fortsæt
        </button>
        <SaveStatus save={save} savingText="Tjekker koden …" savedText="" />
      </div>
    </form>
  );
}

function Answering({ session, onSignOut }: { session: CitizenSession; onSignOut(message: string | null): void }) {
  const [instruments, setInstruments] = useState<Instrument[] | null>(null);
  const [record, setRecord] = useState<CitizenRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filling, setFilling] = useState<Instrument | null>(null);
  const [thanks, setThanks] = useState(false);

  const failed = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.code === "UNAUTHENTICATED") onSignOut(e.message);
    else setError(messageOf(e));
  }, [onSignOut]);

  const load = useCallback(() => {
    fetchCitizen(session.municipality, session.pseudonym, session.token).then(setRecord, failed);
  }, [session, failed]);

  useEffect(() => {
    fetchInstruments().then(setInstruments, failed);
    load();
  }, [load, failed]);

  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (instruments === null || record === null) return <Loading />;
  return (
    <>
      {filling === null ? (
        <>
          {thanks && <p className="message" role="status">Tak. Dine svar er gemt.</p>}
          <h2>Vælg et spørgeskema</h2>
          <InstrumentPicker instruments={instruments} onPick={(i) => { setThanks(false); setFilling(i); }} />
        </>
      ) : (
        <>
          <h2>{filling.name}</h2>
          <p>{filling.introduction}</p>
          <MeasureForm key={filling.id} instrument={filling}
            onSubmit={(answers) => answerMeasure(session.municipality, session.pseudonym, filling.id, answers, false, session.token).catch((e: unknown) => {
              failed(e);
              throw e;
            })}
            onDone={() => { setFilling(null); setThanks(true); load(); }} />
        </>
      )}
      <h2>Dine tidligere svar</h2>
      <MeasureTrend measures={record.measures} instruments={instruments} who="Dine svar" />
      <p>
        <button type="button" className="button button--quiet" onClick={() => onSignOut("Du er logget ud.")}>
          Log ud
        </button>
      </p>
    </>
  );
}
