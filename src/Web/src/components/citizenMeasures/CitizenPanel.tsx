import { useCallback, useEffect, useState } from "react";
import {
  answerMeasure,
  fetchCitizen,
  issuePersonalCode,
  type CitizenRecord,
  type Instrument,
} from "../../api/citizenMeasures";
import { messageOf } from "../../api/errors";
import { useSave } from "../../hooks/useSave";
import { ErrorMessage } from "../ErrorMessage";
import { Loading } from "../Loading";
import { SaveStatus } from "../SaveStatus";
import { InstrumentPicker } from "./InstrumentPicker";
import { MeasureForm } from "./MeasureForm";
import { MeasureTrend } from "./MeasureTrend";
import { OwnStaffEditor } from "./OwnStaffEditor";
import "./citizenMeasures.css";

/** One of the staff member's own citizens: a personal code, a questionnaire filled in together or on their behalf, and the trend. */
export function CitizenPanel({ code, pseudonym, you, instruments }: { code: string; pseudonym: string; you: string; instruments: Instrument[] }) {
  const [record, setRecord] = useState<CitizenRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filling, setFilling] = useState<Instrument | null>(null);
  const [onBehalf, setOnBehalf] = useState(false);
  const [personalCode, setPersonalCode] = useState<string | null>(null);
  const issue = useSave();

  const load = useCallback(() => {
    fetchCitizen(code, pseudonym).then(setRecord, (e: unknown) => setError(messageOf(e)));
  }, [code, pseudonym]);
  useEffect(load, [load]);

  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (record === null) return <Loading />;
  return (
    <section className="panel" aria-labelledby="citizen-heading">
      <h2 id="citizen-heading">Borger {record.pseudonym}</h2>
      <div className="citizen-code">
        <button type="button" className="button button--quiet" disabled={issue.status === "saving"}
          onClick={() => void issue.run(async () => setPersonalCode(await issuePersonalCode(code, pseudonym)))}>
          {record.hasPersonalCode || personalCode ? "Lav en ny personlig kode" : "Lav personlig kode"}
        </button>
        <SaveStatus save={issue} savingText="Laver kode …" savedText="" />
        {personalCode && (
          <p className="message" role="status">
            Personlig kode: <strong className="personal-code">{personalCode}</strong>. Giv koden til borgeren; den vises kun nu. Borgeren
            logger ind på <strong>/borger</strong>. En ny kode gør den gamle ugyldig.
          </p>
        )}
      </div>
      <h3>Udfyld et spørgeskema</h3>
      {filling === null ? (
        <InstrumentPicker instruments={instruments} onPick={(i) => { setOnBehalf(false); setFilling(i); }} />
      ) : (
        <MeasureForm key={filling.id} instrument={filling}
          extra={
            <div className="field field--check">
              <input id="on-behalf" type="checkbox" checked={onBehalf} onChange={(e) => setOnBehalf(e.target.checked)} />
              <label htmlFor="on-behalf">Indtastet på borgerens vegne</label>
            </div>
          }
          onSubmit={(answers) => answerMeasure(code, pseudonym, filling.id, answers, onBehalf)}
          onDone={() => { setFilling(null); load(); }} />
      )}
      <h3>Udvikling</h3>
      <MeasureTrend measures={record.measures} instruments={instruments} who={`Borger ${record.pseudonym}`} />
      <OwnStaffEditor code={code} pseudonym={pseudonym} staff={record.ownStaffIds} you={you} onChanged={load} />
    </section>
  );
}
