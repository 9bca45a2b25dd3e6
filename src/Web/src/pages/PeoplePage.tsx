import { useCallback, useEffect, useState } from "react";
import { messageOf } from "../api/errors";
import { fetchPeople, type KnownPerson } from "../api/people";
import { erasePerson, fetchErasures, type Erasure } from "../api/privacy";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { SaveStatus } from "../components/SaveStatus";
import { formatTimestamp } from "../format";
import { useSave } from "../hooks/useSave";
import { ESTABLISHING_ROLES, userRoleLabel } from "../labels";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/** The municipality's directory of names, where a person is erased on request; for its tovholder and strategic leaders. */
export function PeoplePage({ code }: { code: string }) {
  usePageTitle("Kommunens personer");
  const viewerState = useViewer();
  const header = (
    <>
      <p className="breadcrumb">
        <Link to={municipalityPath(code)}>Kommunen</Link>
      </p>
      <h1>Kommunens personer</h1>
      <p className="section-intro">
        Navne står ét sted: i kommunens katalog. Sletter du en person på personens anmodning, vises &quot;slettet person&quot; alle steder,
        personen har været nævnt. Tekst, som andre har skrevet om personen, bliver ikke fundet eller rettet automatisk; gennemgå og ret den selv.
      </p>
    </>
  );
  if (viewerState.status === "error") return <>{header}<ErrorMessage>{viewerState.message}</ErrorMessage></>;
  if (viewerState.status === "loading") return <>{header}<Loading /></>;
  const { viewer } = viewerState;
  if (viewer === null) return <>{header}<p><Link to="/log-ind">Log ind</Link> for at se kommunens personer.</p></>;
  if (viewer.municipalityCode !== code || !ESTABLISHING_ROLES.has(viewer.role))
    return <>{header}<div className="message"><p>Kun kommunens tovholder og strategiske ledere kan se og slette personer.</p></div></>;
  return <>{header}<Directory code={code} /></>;
}

function Directory({ code }: { code: string }) {
  const [people, setPeople] = useState<KnownPerson[] | null>(null);
  const [erasures, setErasures] = useState<Erasure[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const erase = useSave();

  const load = useCallback(() => {
    Promise.all([fetchPeople(code), fetchErasures(code)]).then(
      ([p, e]) => {
        setPeople(p);
        setErasures(e);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, [code]);
  useEffect(load, [load]);

  function confirmErase(person: KnownPerson) {
    if (!window.confirm(`Slet ${person.name}? Navnet slettes overalt og kan ikke gendannes. Gør det kun på personens anmodning.`)) return;
    void erase.run(() => erasePerson(code, person.personId)).then((done) => done && load());
  }

  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (people === null || erasures === null) return <Loading />;
  return (
    <>
      <section className="panel" aria-labelledby="people-heading">
        <h2 id="people-heading">Personer i kataloget</h2>
        {people.length === 0 ? (
          <p>Kataloget er tomt.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel over personer">
            <table className="table">
              <caption className="visually-hidden">Personer i kommunens katalog</caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">Id</th>
                  <th scope="col">Handling</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.personId}>
                    <td>{p.name}</td>
                    <td>{p.personId}</td>
                    <td>
                      <button type="button" className="button button--small" disabled={erase.status === "saving"} onClick={() => confirmErase(p)}>
                        Slet person<span className="visually-hidden"> {p.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <SaveStatus save={erase} savingText="Sletter …" savedText="Personen er slettet" />
      </section>
      <section className="panel" aria-labelledby="erasures-heading">
        <h2 id="erasures-heading">Sletninger</h2>
        {erasures.length === 0 ? (
          <p>Ingen sletninger endnu.</p>
        ) : (
          <ul>
            {erasures.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                {formatTimestamp(e.at)}: {e.kind === "person" ? `person ${e.personId ?? ""}` : "en borgers målinger"} slettet af {e.erasedByName} (
                {userRoleLabel(e.erasedByRole).toLowerCase()})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
