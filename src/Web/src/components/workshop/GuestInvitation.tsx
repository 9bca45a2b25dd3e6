import { useEffect, useState } from "react";
import { fetchWorkshopCode } from "../../api/queries";
import { guestJoinPath } from "../../router";
import { announce } from "../Announcer";

/** The guest code and join link, large enough to read from the back of the room. */
export function GuestInvitation({ municipalityCode, workshopId }: { municipalityCode: string; workshopId: string }) {
  const [code, setCode] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetchWorkshopCode(municipalityCode, workshopId).then(
      (found) => active && setCode(found),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [municipalityCode, workshopId]);

  if (code === null) return null;
  const link = `${location.origin}${guestJoinPath(code)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      announce("Linket er kopieret.");
    } catch {
      announce("Kunne ikke kopiere. Markér linket, og kopiér det selv.");
    }
  }

  return (
    <div className="room-invitation">
      <p>
        Gæstekode: <strong className="room-invitation__code">{code}</strong>
      </p>
      <p className="room-invitation__link">{link}</p>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Kopiér link
      </button>
    </div>
  );
}
