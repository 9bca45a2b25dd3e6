import { useEffect, useState } from "react";
import { messageOf } from "../api/errors";
import { ACCESS_LOG_PAGE, fetchCitizenAccessLog, type CitizenAccessLogPage as LogPage } from "../api/privacy";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { formatTimestamp } from "../format";
import { ESTABLISHING_ROLES, userRoleLabel } from "../labels";
import { citizenMeasuresPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/** Who read single citizens' answers, newest first; for the municipality's tovholder and strategic leaders. */
export function CitizenAccessLogPage({ code }: { code: string }) {
  usePageTitle("Adgangslog for borgermålinger");
  const viewerState = useViewer();
  const header = (
    <>
      <p className="breadcrumb">
        <Link to={citizenMeasuresPath(code)}>Borgerrapporterede mål</Link>
      </p>
      <h1>Adgangslog for borgermålinger</h1>
      <p className="section-intro">
        Hver gang nogen ser en enkelt borgers svar, skrives det her: hvem, i hvilken rolle og hvornår. Svarene selv står aldrig i loggen.
        Kommunens tal pr. kvartal logges ikke, for de viser ingen enkelt borger.
      </p>
    </>
  );
  if (viewerState.status === "error") return <>{header}<ErrorMessage>{viewerState.message}</ErrorMessage></>;
  if (viewerState.status === "loading") return <>{header}<Loading /></>;
  const { viewer } = viewerState;
  if (viewer === null) return <>{header}<p><Link to="/log-ind">Log ind</Link> for at se loggen.</p></>;
  if (viewer.municipalityCode !== code || !ESTABLISHING_ROLES.has(viewer.role))
    return <>{header}<div className="message"><p>Kun kommunens tovholder og strategiske ledere kan se adgangsloggen.</p></div></>;
  return <>{header}<AccessLog code={code} /></>;
}

function AccessLog({ code }: { code: string }) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<LogPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    setPage(null);
    fetchCitizenAccessLog(code, offset).then(
      (p) => active && setPage(p),
      (e: unknown) => active && setError(messageOf(e)),
    );
    return () => {
      active = false;
    };
  }, [code, offset]);

  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (page === null) return <Loading />;
  if (page.total === 0) return <p>Ingen har set en enkelt borgers svar endnu.</p>;
  const last = Math.min(offset + page.entries.length, page.total);
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">
        Læsninger {offset + 1}–{last} af {page.total}
      </h2>
      <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel over læsninger">
        <table className="table">
          <caption className="visually-hidden">Læsninger af enkelte borgeres svar, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Borger</th>
              <th scope="col">Læst af</th>
              <th scope="col">Rolle</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{formatTimestamp(e.at)}</td>
                <td>{e.pseudonym ?? "slettet borger"}</td>
                <td>{e.readerName}</td>
                <td>{userRoleLabel(e.readerRole)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Sider i loggen" className="form__actions">
        <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - ACCESS_LOG_PAGE))}>
          Nyere
        </button>
        <button type="button" className="button" disabled={last >= page.total} onClick={() => setOffset(offset + ACCESS_LOG_PAGE)}>
          Ældre
        </button>
      </nav>
    </section>
  );
}
