import { useEffect, useState, useSyncExternalStore } from "react";
import { useToken } from "../auth";
import { openWorkshop } from "../api/workshop";
import { guestToken } from "../api/workshopGuests";
import type { WorkshopSession } from "../collab/workshopSession";
import type { WorkshopView } from "../collab/workshopView";

const noSession = () => () => undefined;

export interface Workshop {
  /** False without a staff sign-in or a guest token for this workshop in this tab: there is nothing to join with. */
  access: boolean;
  session: WorkshopSession | null;
  view: WorkshopView | null;
}

/** Joins the workshop while mounted; the session is null until the connection is set up. */
export function useWorkshop(workshop: string): Workshop {
  // Read once: the guest token is dropped when the room ends, and the page must still say why.
  const [guest] = useState(() => guestToken(workshop) !== null);
  const access = useToken() !== null || guest;
  const [session, setSession] = useState<WorkshopSession | null>(null);

  useEffect(() => {
    if (!access) return;
    const room = openWorkshop(workshop);
    setSession(room.session);
    return () => {
      room.stop();
      setSession(null);
    };
  }, [workshop, access]);

  const view = useSyncExternalStore(
    session ? (listener) => session.subscribe(listener) : noSession,
    () => session?.view ?? null,
  );
  return { access, session, view };
}
