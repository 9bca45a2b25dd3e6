import { closeWorkshop } from "../../api/workshopMutations";
import { useSave } from "../../hooks/useSave";
import { SaveStatus } from "../SaveStatus";

/** Closing writes the room's plan into the development plan; asked once, as it cannot be undone. */
export function CloseWorkshopButton({ municipalityCode, workshopId }: { municipalityCode: string; workshopId: string }) {
  const save = useSave();

  function close() {
    if (!window.confirm("Luk workshoppen? Planen skrives ind i udviklingsplanen, og gæsterne mister adgang.")) return;
    void save.run(() => closeWorkshop(municipalityCode, workshopId));
  }

  return (
    <div className="form__actions">
      <button type="button" className="button" disabled={save.status === "saving"} onClick={close}>
        Luk workshop
      </button>
      <SaveStatus save={save} savingText="Lukker …" savedText="Workshoppen er lukket" />
    </div>
  );
}
