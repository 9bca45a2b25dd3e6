import type { SaveState } from "../../collab/workshopSession";

const texts: Record<SaveState, string> = {
  saved: "Gemt",
  saving: "Gemmer…",
  "offline-unsaved": "Ikke gemt – forbindelsen er afbrudt. Dine ændringer sendes, når forbindelsen er tilbage.",
  offline: "Forbindelsen er afbrudt – ændringer vises ikke live.",
  "storage-down":
    "Ikke gemt – serveren kan ikke gemme lige nu. Skriv bare videre: ændringerne gemmes og vises for de andre, når den kan igen.",
};

/** Says only what the server has confirmed: "Gemt" after PostgreSQL has the change. */
export function RoomSaveStatus({ state }: { state: SaveState }) {
  return (
    <p className={`room-save room-save--${state}`} role="status" data-testid="workshop-save-status">
      {texts[state]}
    </p>
  );
}
