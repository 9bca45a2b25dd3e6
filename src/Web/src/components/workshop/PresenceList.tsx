import type { Participant } from "../../collab/protocol";
import { userRoleLabel } from "../../labels";

interface PresenceListProps {
  presence: Participant[];
  me: Participant | null;
  /** Present only for the facilitator. */
  onRevoke: ((guest: Participant) => void) | null;
}

export function PresenceList({ presence, me, onRevoke }: PresenceListProps) {
  return (
    <section className="panel room-presence" aria-labelledby="til-stede">
      <h2 id="til-stede">Til stede ({presence.length})</h2>
      <p className="visually-hidden" aria-live="polite">
        Til stede: {presence.map((p) => p.name).join(", ")}
      </p>
      <ul className="member-list">
        {presence.map((p) => (
          <li key={p.id} className="member">
            <span className="member__name">
              {p.name}
              {p.id === me?.id && " (dig)"}
            </span>
            <span className="member__role">{p.guest ? "Gæst" : userRoleLabel(p.role)}</span>
            {onRevoke && p.guest && (
              <button type="button" className="button button--quiet button--small" aria-label={`Fjern gæst ${p.name}`} onClick={() => onRevoke(p)}>
                Fjern gæst
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
