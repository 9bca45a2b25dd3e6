import type { LiveState } from "../api/live";

const texts: Record<LiveState, string> = {
  connected: "Live: forbundet",
  connecting: "Forbinder …",
  reconnecting: "Forbinder igen …",
  disconnected: "Ikke forbundet – ændringer vises ikke live",
};

export function LiveStatus({ state, updates }: { state: LiveState; updates: number }) {
  return (
    <div className="live">
      <p className={`live__state live__state--${state}`} role="status">
        <span className="live__dot" aria-hidden="true" />
        {texts[state]}
      </p>
      <p className="live__update" role="status">
        {updates > 0 && <span key={updates}>Styregruppen er opdateret</span>}
      </p>
    </div>
  );
}
