import type { LiveState } from "../api/live";

const texts: Record<LiveState, string> = {
  connected: "Live: forbundet",
  connecting: "Forbinder …",
  reconnecting: "Forbinder igen …",
  disconnected: "Ikke forbundet – ændringer vises ikke live",
};

/** The page's live connection and the latest update; `subject` names what was updated, e.g. "Styregruppen". */
export function LiveStatus({ state, updates, subject }: { state: LiveState; updates: number; subject: string }) {
  return (
    <div className="live">
      <p className={`live__state live__state--${state}`} role="status">
        <span className="live__dot" aria-hidden="true" />
        {texts[state]}
      </p>
      <LiveUpdateNotice updates={updates} subject={subject} />
    </div>
  );
}

/**
 * Only the update line, for a second stream on a page that already shows the connection: all
 * streams share one connection, so a second connection line would only repeat the first.
 */
export function LiveUpdateNotice({ updates, subject }: { updates: number; subject: string }) {
  return (
    <p className="live__update" role="status">
      {updates > 0 && <span key={updates}>{subject} er opdateret</span>}
    </p>
  );
}
