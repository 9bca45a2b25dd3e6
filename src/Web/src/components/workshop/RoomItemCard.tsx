import { useId } from "react";
import type { Participant, RoomMember } from "../../collab/protocol";
import type { WorkshopSession } from "../../collab/workshopSession";
import type { ItemView } from "../../collab/workshopView";
import { LIMITS } from "../../api/types";
import { roomStatusLabels } from "../../labels";
import { CoEditedText } from "./CoEditedText";
import { ItemVotes } from "./ItemVotes";

interface RoomItemCardProps {
  session: WorkshopSession;
  item: ItemView;
  members: RoomMember[];
  /** Others who have a field of this item in focus. */
  editors: Participant[];
  spotlighted: boolean;
  facilitator: boolean;
  /** This person's dots left while voting runs; null when not voting. */
  dotsLeft: number | null;
}

export function RoomItemCard({ session, item, members, editors, spotlighted, facilitator, dotsLeft }: RoomItemCardProps) {
  const id = useId();
  const name = item.title.trim() || "Punkt uden titel";
  return (
    <article id={`punkt-${item.id}`} tabIndex={-1} className={`room-item${spotlighted ? " room-item--spotlight" : ""}`} aria-label={name}>
      {spotlighted && <p className="room-item__flag">Facilitator viser dette punkt</p>}
      <CoEditedText session={session} item={item.id} field="title" label="Titel" value={item.title} maxLength={LIMITS.planTitle} readOnly={false} />
      <CoEditedText session={session} item={item.id} field="description" label="Beskrivelse" value={item.description} maxLength={LIMITS.planDescription} readOnly={false} />
      <p className="room-item__editors" aria-live="polite">
        {editors.length > 0 && `${editors.map((p) => p.name).join(", ")} skriver…`}
      </p>
      <div className="form__row">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={item.status ?? "planned"} onChange={(e) => session.setField(item.id, "status", e.target.value)}
            onFocus={() => session.focus(item.id, "status")} onBlur={() => session.focus(null, null)}>
            {Object.entries(roomStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
          {item.errors.status && <p className="field-error" role="alert">{item.errors.status}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Ansvarlig</label>
          <select id={`${id}-owner`} value={item.owner ?? ""} onChange={(e) => session.setField(item.id, "owner", e.target.value || null)}
            onFocus={() => session.focus(item.id, "owner")} onBlur={() => session.focus(null, null)}>
            <option value="">Ingen</option>
            {members.map((m) => (
              <option key={m.personId} value={m.personId}>{m.name}</option>
            ))}
          </select>
          {item.errors.owner && <p className="field-error" role="alert">{item.errors.owner}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Frist</label>
          <input id={`${id}-due`} type="date" value={item.due ?? ""} onChange={(e) => session.setField(item.id, "due", e.target.value || null)}
            onFocus={() => session.focus(item.id, "due")} onBlur={() => session.focus(null, null)} />
          {item.errors.due && <p className="field-error" role="alert">{item.errors.due}</p>}
        </div>
      </div>
      {dotsLeft !== null && <ItemVotes session={session} item={item} left={dotsLeft} title={name} />}
      {facilitator && (
        <button type="button" className="button button--quiet button--small" aria-pressed={spotlighted}
          onClick={() => session.spotlight(spotlighted ? null : item.id)}>
          Følg mig
        </button>
      )}
    </article>
  );
}
