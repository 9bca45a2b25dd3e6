import { useEffect, useState, useSyncExternalStore } from "react";
import { openWorkshop } from "../api/workshop";
import type { WorkshopSession } from "../collab/workshopSession";
import type { WorkshopView } from "../collab/workshopView";

const noSession = () => () => undefined;

/** Joins the workshop while mounted; the session is null until the connection is set up. */
export function useWorkshop(workshop: string): { session: WorkshopSession | null; view: WorkshopView | null } {
  const [session, setSession] = useState<WorkshopSession | null>(null);

  useEffect(() => {
    const room = openWorkshop(workshop);
    setSession(room.session);
    return () => {
      room.stop();
      setSession(null);
    };
  }, [workshop]);

  const view = useSyncExternalStore(
    session ? (listener) => session.subscribe(listener) : noSession,
    () => session?.view ?? null,
  );
  return { session, view };
}
