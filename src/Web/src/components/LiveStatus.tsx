import type { LiveState } from "../api/live";

const texts: Record<LiveState, string> = {
  connected: "Live: forbundet",
  connecting: "Forbinder …",
  reconnecting: "Forbinder igen …",
  disconnected: "Ikke forbundet – ændringer vises ikke live",
};

interface LiveStatusProps {
  state: LiveState;
  updates: number;
  /** What to announce when someone else's change arrives. */
  updatedText?: string;
}

export function LiveStatus({ state, updates, updatedText = "Styregruppen er opdateret" }: LiveStatusProps) {
  return (
    <div className="live">
      <p className={`live__state live__state--${state}`} role="status">
        <span className="live__dot" aria-hidden="true" />
        {texts[state]}
      </p>
      <p className="live__update" role="status">
        {updates > 0 && <span key={updates}>{updatedText}</span>}
      </p>
    </div>
  );
}
