import { useEffect, useState } from "react";
import { clearNotice, peekNotice, setToken, type Persona } from "../auth";
import { fetchDemoToken, fetchPersonas, fetchSignInOptions, type SignInOptions } from "../api/auth";
import { messageOf } from "../api/errors";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { userRoleLabel } from "../labels";
import { municipalityPath, navigate } from "../router";
import { readSignInReturn } from "../signInReturn";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; provider: SignInOptions["provider"]; personas: Persona[] | null };

async function loadOptions(): Promise<State> {
  const options = await fetchSignInOptions();
  const personas = options.demo ? await fetchPersonas() : null;
  return { status: "ready", provider: options.provider, personas };
}

function personaLabel(persona: Persona): string {
  const place = persona.municipalityName ?? persona.municipalityCode;
  return `Log ind som ${persona.name} – ${userRoleLabel(persona.role)}${place ? `, ${place}` : ""}`;
}

export function SignIn() {
  usePageTitle("Log ind");
  const viewer = useViewer();
  const [notice] = useState(peekNotice);
  useEffect(clearNotice, []);
  // Read once: the fragment is dropped from the address as soon as it has been read.
  const [returned] = useState(() => readSignInReturn(location.hash));
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (returned === null) return;
    history.replaceState(null, "", location.pathname);
    if ("token" in returned) {
      setToken(returned.token);
      navigate("/", { replace: true });
    }
  }, [returned]);

  useEffect(() => {
    let active = true;
    setState({ status: "loading" });
    loadOptions().then(
      (loaded) => active && setState(loaded),
      (e: unknown) => active && setState({ status: "error", message: messageOf(e) }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  async function signIn(persona: Persona) {
    setSigningIn(persona.id);
    setError(null);
    try {
      const token = await fetchDemoToken(persona.id);
      setToken(token);
      navigate(persona.municipalityCode ? municipalityPath(persona.municipalityCode) : "/");
    } catch (e) {
      setError(messageOf(e));
      setSigningIn(null);
    }
  }

  return (
    <>
      <h1>Log ind</h1>
      {notice && (
        <div className="message message--notice" role="alert">
          <p>{notice}</p>
        </div>
      )}
      {viewer.status === "ready" && viewer.viewer && (
        <p>
          Du er logget ind som {viewer.viewer.name}.
          {state.status === "ready" && state.personas !== null && " Vælg en anden person for at skifte."}
        </p>
      )}

      {state.status === "loading" && <Loading />}
      {state.status === "error" && (
        <ErrorMessage onRetry={() => setAttempt((n) => n + 1)}>{state.message}</ErrorMessage>
      )}
      {returned !== null && "refusal" in returned && <ErrorMessage>{returned.refusal}</ErrorMessage>}
      {state.status === "ready" && state.provider === null && state.personas === null && (
        <div className="message" role="status">
          <p>Log-ind er ikke sat op på denne server.</p>
        </div>
      )}
      {state.status === "ready" && state.provider !== null && (
        <p>
          <a className="button button--block" href={state.provider.signInPath}>
            Log ind med {state.provider.displayName}
          </a>
        </p>
      )}
      {state.status === "ready" && state.personas !== null && (
        <>
          <p>
            Dette er en demonstration. Vælg, hvem du vil logge ind som. Du er logget ind i denne
            fane, indtil du logger ud eller lukker den.
          </p>
          {error && <ErrorMessage>{error}</ErrorMessage>}
          <p className="visually-hidden" role="status">
            {signingIn ? "Logger ind …" : ""}
          </p>
          {state.personas.length === 0 ? (
            <p>Der er ingen demo-personer at logge ind som.</p>
          ) : (
            <ul className="persona-list">
              {state.personas.map((persona) => (
                <li key={persona.id}>
                  <button
                    type="button"
                    className="button button--block"
                    disabled={signingIn !== null}
                    onClick={() => signIn(persona)}
                  >
                    {personaLabel(persona)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>
        Har du fået en personlig kode til at svare på spørgeskemaer? <Link to="/borger">Svar med din kode</Link>.
      </p>
    </>
  );
}
