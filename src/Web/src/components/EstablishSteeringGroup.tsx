import { establishSteeringGroup } from "../api/mutations";
import type { Change } from "../api/types";
import { useSave } from "../hooks/useSave";
import { SaveStatus } from "./SaveStatus";

interface EstablishSteeringGroupProps {
  municipalityCode: string;
  canEstablish: boolean;
  afterSave(change: Change): Promise<void>;
}

export function EstablishSteeringGroup({ municipalityCode, canEstablish, afterSave }: EstablishSteeringGroupProps) {
  const save = useSave();

  function establish() {
    void save.run(async () => afterSave(await establishSteeringGroup(municipalityCode)));
  }

  return (
    <div className="panel">
      <p>Styregruppen er ikke oprettet endnu.</p>
      {canEstablish && (
        <div className="form__actions">
          <button type="button" className="button" disabled={save.status === "saving"} onClick={establish}>
            Opret styregruppe
          </button>
          <SaveStatus save={save} savingText="Opretter …" savedText="Styregruppen er oprettet" />
        </div>
      )}
    </div>
  );
}
