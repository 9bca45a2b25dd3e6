import { useId, useState, type FormEvent } from "react";
import type { WorkshopSession } from "../../collab/workshopSession";
import type { WorkshopView } from "../../collab/workshopView";
import { workshopPath } from "../../router";
import { Link } from "../Link";
import { CloseWorkshopButton } from "./CloseWorkshopButton";
import { GuestInvitation } from "./GuestInvitation";

interface FacilitatorPanelProps {
  session: WorkshopSession;
  view: WorkshopView;
  municipalityCode: string;
  workshopId: string;
}

/** What only the facilitator sees: the room's clock, voting, the guest code and closing. */
export function FacilitatorPanel({ session, view, municipalityCode, workshopId }: FacilitatorPanelProps) {
  const id = useId();
  const [minutes, setMinutes] = useState(10);
  const [dots, setDots] = useState(3);
  const [anonymous, setAnonymous] = useState(false);

  function startTimer(event: FormEvent) {
    event.preventDefault();
    session.setTimer(Math.round(minutes * 60));
  }

  function startVoting(event: FormEvent) {
    event.preventDefault();
    session.setVoting(dots, anonymous);
  }

  return (
    <section className="panel room-facilitator" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Facilitator</h2>
      <GuestInvitation municipalityCode={municipalityCode} workshopId={workshopId} />
      <form className="form form--inline" onSubmit={startTimer} aria-label="Ur">
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Minutter</label>
          <input id={`${id}-minutes`} type="number" min={1} max={120} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
        </div>
        <button type="submit" className="button button--small">Start ur</button>
        <button type="button" className="button button--quiet button--small" disabled={view.timerEndsAt === null} onClick={() => session.setTimer(null)}>
          Stop ur
        </button>
      </form>
      {view.votingDots > 0 ? (
        <p>
          Der stemmes med {view.votingDots} prikker pr. deltager{view.anonymousVoting && " (anonymt)"}.{" "}
          <button type="button" className="button button--small" onClick={() => session.setVoting(0, view.anonymousVoting)}>
            Stop afstemning
          </button>
        </p>
      ) : (
        <form className="form form--inline" onSubmit={startVoting} aria-label="Prikafstemning">
          <div className="field">
            <label htmlFor={`${id}-dots`}>Prikker pr. deltager</label>
            <input id={`${id}-dots`} type="number" min={1} max={10} value={dots} onChange={(e) => setDots(Number(e.target.value))} />
          </div>
          <div className="field field--check">
            <input id={`${id}-anonymous`} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            <label htmlFor={`${id}-anonymous`}>Anonym afstemning</label>
          </div>
          <button type="submit" className="button button--small">Start afstemning</button>
        </form>
      )}
      <p>
        <Link to={workshopPath(municipalityCode, workshopId, true)}>Projektorvisning</Link>
      </p>
      <CloseWorkshopButton municipalityCode={municipalityCode} workshopId={workshopId} />
    </section>
  );
}
