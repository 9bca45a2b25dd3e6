import { setToken } from "../auth";
import { userRoleLabel } from "../labels";
import { navigate } from "../router";
import { useViewer } from "../viewer";
import { announce } from "./Announcer";
import { Link } from "./Link";

export function Header() {
  const state = useViewer();

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
