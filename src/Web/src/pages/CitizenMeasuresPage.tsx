import { useEffect, useState } from "react";
import { enrolCitizen, fetchInstruments, fetchMyCitizens, type Instrument } from "../api/citizenMeasures";
import { messageOf } from "../api/errors";
import { AggregateSection } from "../components/citizenMeasures/AggregateSection";
import { CitizenPanel } from "../components/citizenMeasures/CitizenPanel";
import { EraseCitizenSection } from "../components/citizenMeasures/EraseCitizenSection";
import "../components/citizenMeasures/citizenMeasures.css";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { SaveStatus } from "../components/SaveStatus";
import { useSave } from "../hooks/useSave";
import { ESTABLISHING_ROLES, NATIONAL_COORDINATOR } from "../labels";
import { citizenAccessLogPath, municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/** The roles that follow citizens day to day (the server decides; this only hides what they cannot use). */
const STAFF_ROLES = new Set(["staff", "case-handler", "peer-worker", "professional-leader", "tovholder"]);

/** WHO-5 and Brief INSPIRE-O in the municipality: own citizens for staff, the figures per quarter for everyone who reads the municipality. */
export function CitizenMeasuresPage({ code }: { code: string }) {
  usePageTitle("Borgerrapporterede mål");
  const viewerState = useViewer();
  const [instruments, setInstruments] = useState<Instrument[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchInstruments().then(setInstruments, (e: unknown) => setError(messageOf(e)));
  }, []);

  const header = (
    <>
      <p className="breadcrumb">
        <Link to={municipalityPath(code)}>Kommunen</Link>
      </p>
      <h1>Borgerrapporterede mål</h1>
      <p className="section-intro">
        Borgerne svarer på WHO-5 (trivsel) og Brief INSPIRE-O (recovery). Borgere kendes kun under et pseudonym. Den enkelte borgers svar ser
        kun borgeren selv og borgerens egne medarbejdere; alle andre ser kommunens tal pr. kvartal.
      </p>
    </>
  );
  if (viewerState.status === "error") return <>{header}<ErrorMessage>{viewerState.message}</ErrorMessage></>;
  if (error) return <>{header}<ErrorMessage>{error}</ErrorMessage></>;
  if (viewerState.status === "loading" || instruments === null) return <>{header}<Loading /></>;
  const { viewer } = viewerState;
  if (viewer === null) return <>{header}<p><Link to="/log-ind">Log ind</Link> for at se målingerne.</p></>;
  if (viewer.municipalityCode !== code && viewer.role !== NATIONAL_COORDINATOR)
    return <>{header}<div className="message"><p>Du har ikke adgang til en anden kommunes målinger.</p></div></>;
  const isStaff = viewer.municipalityCode === code && STAFF_ROLES.has(viewer.role);
  const governs = viewer.municipalityCode === code && ESTABLISHING_ROLES.has(viewer.role);
  return (
    <div className="citizen-measures">
      {header}
      {governs && (
        <p>
          <Link to={citizenAccessLogPath(code)}>Adgangslog: hvem har set enkelte borgeres svar</Link>
        </p>
      )}
      {isStaff && <OwnCitizens code={code} you={viewer.personId} instruments={instruments} />}
      <h2>Kommunens tal</h2>
      {instruments.map((instrument) => (
        <AggregateSection key={instrument.id} code={code} instrument={instrument} />
      ))}
      {governs && <EraseCitizenSection code={code} />}
    </div>
  );
}

function OwnCitizens({ code, you, instruments }: { code: string; you: string; instruments: Instrument[] }) {
  const [citizens, setCitizens] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const enrol = useSave();

  useEffect(() => {
    fetchMyCitizens(code).then(setCitizens, (e: unknown) => setError(messageOf(e)));
  }, [code]);

  async function add() {
    let pseudonym = "";
    if (await enrol.run(async () => { pseudonym = await enrolCitizen(code); })) {
      setCitizens((c) => [...(c ?? []), pseudonym]);
      setSelected(pseudonym);
    }
  }

  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (citizens === null) return <Loading />;
  return (
    <>
      <section className="panel" aria-labelledby="own-citizens">
        <h2 id="own-citizens">Dine borgere</h2>
        {citizens.length === 0 ? (
          <p>Du følger ingen borgere endnu.</p>
        ) : (
          <ul className="citizen-list">
            {citizens.map((p) => (
              <li key={p}>
                <button type="button" className="choice choice--compact" aria-pressed={selected === p} onClick={() => setSelected(p)}>
                  Borger {p}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="form__actions">
          <button type="button" className="button" disabled={enrol.status === "saving"} onClick={() => void add()}>
            Opret borger
          </button>
          <SaveStatus save={enrol} savingText="Opretter …" savedText="Borgeren er oprettet med et nyt pseudonym" />
        </div>
        <p className="hint">Skriv aldrig navn eller CPR-nummer her. Borgeren får et tilfældigt pseudonym, som du selv holder styr på.</p>
      </section>
      {selected && <CitizenPanel key={selected} code={code} pseudonym={selected} you={you} instruments={instruments} />}
    </>
  );
}
