import { useState } from "react";
import { messageOf } from "../api/errors";
import { workshopKey } from "../api/workshop";
import { revokeWorkshopGuest } from "../api/workshopMutations";
import { announce } from "../components/Announcer";
import { ErrorMessage } from "../components/ErrorMessage";
import { Loading } from "../components/Loading";
import { AgendaPanel } from "../components/workshop/AgendaPanel";
import { FacilitatorPanel } from "../components/workshop/FacilitatorPanel";
import { PlanBoard } from "../components/workshop/PlanBoard";
import { PresenceList } from "../components/workshop/PresenceList";
import { RoomAccessNeeded } from "../components/workshop/RoomAccessNeeded";
import { RoomEnded } from "../components/workshop/RoomEnded";
import { RoomSaveStatus } from "../components/workshop/RoomSaveStatus";
import { RoomTimer } from "../components/workshop/RoomTimer";
import { useWorkshop } from "../hooks/useWorkshop";
import { usePageTitle } from "../usePageTitle";

export function WorkshopRoomPage({ code, id }: { code: string; id: string }) {
  const { access, session, view } = useWorkshop(workshopKey(code, id));
  const [follow, setFollow] = useState(true);
  usePageTitle(view?.title || "Workshop");

  if (!access) return <RoomAccessNeeded />;
  if (view?.ended) return <RoomEnded reason={view.ended} />;
  if (view?.joinError) return <ErrorMessage>{view.joinError}</ErrorMessage>;
  if (!session || !view?.ready) return <Loading text="Går ind i workshoppen …" />;

  async function revoke(guest: { id: string; name: string }) {
    try {
      await revokeWorkshopGuest(code, id, guest.id);
      announce(`${guest.name} er fjernet fra workshoppen.`);
    } catch (error) {
      announce(messageOf(error));
    }
  }

  return (
    <div className="room">
      <div className="room__head">
        <h1>{view.title}</h1>
        <RoomSaveStatus state={view.saveState} />
      </div>
      {view.notice && (
        <div className="message message--error" role="alert">
          <p>{view.notice}</p>
          <button type="button" className="button button--quiet button--small" onClick={() => session.dismissNotice()}>
            Luk besked
          </button>
        </div>
      )}
      <div className="room__side">
        <AgendaPanel agenda={view.agenda} point={view.point} session={view.facilitator ? session : null} />
        <section className="panel" aria-label="Ur">
          <RoomTimer endsAt={view.timerEndsAt} />
        </section>
        <PresenceList presence={view.presence} me={view.me} onRevoke={view.facilitator ? (guest) => void revoke(guest) : null} />
        {view.facilitator && <FacilitatorPanel session={session} view={view} municipalityCode={code} workshopId={id} />}
      </div>
      <div className="room__toolbar">
        <button type="button" className="button button--quiet button--small" disabled={!view.canUndo} onClick={() => session.undo()}>
          Fortryd
        </button>
        <button type="button" className="button button--quiet button--small" disabled={!view.canRedo} onClick={() => session.redo()}>
          Gentag
        </button>
        <div className="field field--check">
          <input id="follow-facilitator" type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
          <label htmlFor="follow-facilitator">Følg facilitator</label>
        </div>
        {view.votingDots > 0 && (
          <p className="room__dots" aria-live="polite">
            Du har {view.dotsLeft} af {view.votingDots} prikker tilbage.
          </p>
        )}
      </div>
      <PlanBoard session={session} view={view} followFacilitator={follow} />
    </div>
  );
}
