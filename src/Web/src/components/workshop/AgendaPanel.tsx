import type { WorkshopSession } from "../../collab/workshopSession";

interface AgendaPanelProps {
  agenda: string[];
  point: number;
  /** Present only for the facilitator, who moves the room to another point. */
  session: WorkshopSession | null;
}

export function AgendaPanel({ agenda, point, session }: AgendaPanelProps) {
  return (
    <section className="panel room-agenda" aria-labelledby="dagsorden">
      <h2 id="dagsorden">Dagsorden</h2>
      <ol>
        {agenda.map((title, index) => (
          <li key={index} aria-current={index === point ? "step" : undefined} className={index === point ? "room-agenda__current" : undefined}>
            {title}
            {index === point && <span className="visually-hidden"> (nu)</span>}
          </li>
        ))}
      </ol>
      {session && (
        <div className="form__actions">
          <button type="button" className="button button--quiet button--small" disabled={point === 0} onClick={() => session.moveAgenda(point - 1)}>
            Forrige punkt
          </button>
          <button type="button" className="button button--small" disabled={point >= agenda.length - 1} onClick={() => session.moveAgenda(point + 1)}>
            Næste punkt
          </button>
        </div>
      )}
    </section>
  );
}
