import { Link } from "../Link";

/** A workshop link opened in a tab with neither a sign-in nor a guest code. */
export function RoomAccessNeeded() {
  return (
    <div className="message message--notice">
      <p>Du skal være logget ind eller have en gæstekode for at være med i workshoppen.</p>
      <p>
        <Link to="/log-ind">Log ind</Link> · <Link to="/deltag">Deltag med en gæstekode</Link>
      </p>
    </div>
  );
}
