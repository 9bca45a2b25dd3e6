import { setToken } from "../auth";
import { NATIONAL_CONSOLE_PATH } from "../console/consoleQuery";
import { NATIONAL_COORDINATOR, userRoleLabel } from "../labels";
import { navigate, usePath } from "../router";
import { useViewer } from "../viewer";
import { announce } from "./Announcer";
import { Link } from "./Link";

export function Header() {
  const state = useViewer();
  const path = usePath();
  const isCoordinator = state.status === "ready" && state.viewer?.role === NATIONAL_COORDINATOR;

  function signOut() {
    setToken(null);
    navigate("/");
    announce("Du er logget ud.");
  }

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          Recovery
        </Link>
        {isCoordinator && (
          <nav aria-label="Hovedmenu" className="site-nav">
            <Link to={NATIONAL_CONSOLE_PATH} aria-current={path.startsWith(NATIONAL_CONSOLE_PATH) ? "page" : undefined}>
              National oversigt
            </Link>
          </nav>
        )}
        {state.status === "ready" && state.viewer ? (
          <div className="who">
            <p className="who__text">
              <span className="visually-hidden">Logget ind som </span>
              <strong>{state.viewer.name}</strong>
              <span className="who__meta">
                {" "}
                · {userRoleLabel(state.viewer.role)}
                {state.viewer.municipalityCode &&
                  ` · ${state.municipalityName ?? `Kommune ${state.viewer.municipalityCode}`}`}
              </span>
            </p>
            <button type="button" className="button button--quiet" onClick={signOut}>
              Log ud
            </button>
          </div>
        ) : state.status === "loading" ? null : (
          <Link to="/log-ind" className="button button--quiet">
            Log ind
          </Link>
        )}
      </div>
    </header>
  );
}
