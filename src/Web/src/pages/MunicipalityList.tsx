import { useEffect, useId, useMemo, useState } from "react";
import { messageOf } from "../api/errors";
import { fetchMunicipalities } from "../api/queries";
import type { Municipality } from "../api/types";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { countLabel } from "../labels";
import { municipalityPath, QUESTIONNAIRE_PATH } from "../router";
import { usePageTitle } from "../usePageTitle";

type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; municipalities: Municipality[] };

function normalize(text: string): string {
  return text.toLocaleLowerCase("da").trim();
}

export function MunicipalityList() {
  usePageTitle("Kommuner");
  const [state, setState] = useState<State>({ status: "loading" });
  const [search, setSearch] = useState("");
  const [attempt, setAttempt] = useState(0);
  const searchId = useId();
  const countId = useId();

  useEffect(() => {
    let active = true;
    setState({ status: "loading" });
    fetchMunicipalities().then(
      (municipalities) => active && setState({ status: "ready", municipalities }),
      (error: unknown) => active && setState({ status: "error", message: messageOf(error) }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const all = state.status === "ready" ? state.municipalities : [];
  const visible = useMemo(() => {
    const term = normalize(search);
    if (!term) return all;
    return all.filter((m) => [m.code, m.name, m.region].some((v) => normalize(v).includes(term)));
  }, [all, search]);

  return (
    <>
      <h1>Kommuner</h1>
      <p className="lead">
        Recovery samler kommunens styregruppe, beslutninger og udviklingsplan for den
        recovery-orienterede omstilling af socialpsykiatrien ét sted.
      </p>
      <p>
        <Link to={QUESTIONNAIRE_PATH}>Temperaturmålingens spørgeskema</Link>
      </p>

      <div className="field">
        <label htmlFor={searchId}>Søg efter kommune, kode eller region</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-describedby={countId}
          autoComplete="off"
          maxLength={100}
        />
      </div>

      {state.status === "loading" && <Loading />}
      {state.status === "error" && (
        <ErrorMessage onRetry={() => setAttempt((n) => n + 1)}>{state.message}</ErrorMessage>
      )}

      {state.status === "ready" && (
        <>
          <p id={countId} className="count" role="status">
            {visible.length === all.length
              ? countLabel(all.length, "kommune", "kommuner")
              : `${visible.length} af ${countLabel(all.length, "kommune", "kommuner")}`}
          </p>
          {visible.length === 0 ? (
            <p>Ingen kommuner matcher din søgning.</p>
          ) : (
            // Focusable so keyboard users can scroll the table sideways on very narrow screens.
            <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel over kommuner">
              <table className="table">
                <caption className="visually-hidden">Danske kommuner</caption>
                <thead>
                  <tr>
                    <th scope="col">Kode</th>
                    <th scope="col">Kommune</th>
                    <th scope="col">Region</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((m) => (
                    <tr key={m.code}>
                      <td>{m.code}</td>
                      <td>
                        <Link to={municipalityPath(m.code)}>{m.name}</Link>
                      </td>
                      <td>{m.region}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
