import { useState } from "react";
import { closeRound, type TemperatureRound } from "../../api/temperature";
import type { Change } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { SaveStatus } from "../SaveStatus";

/** Closing fixes the results for good, so it asks once more, and says how many have not answered. */
export function CloseRoundButton({ code, round, afterSave }: { code: string; round: TemperatureRound; afterSave(change: Change): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const save = useSave();
  const missing = round.respondents - round.responded;

  async function close() {
    if (await save.run(async () => afterSave(await closeRound(code, round.id)))) setConfirming(false);
  }

  return (
    <div className="form__actions">
      {confirming ? (
        <>
          <p>
            {missing > 0 ? `${missing} har ikke svaret endnu. ` : ""}Når målingen er lukket, kan ingen svare mere, og resultaterne ligger fast.
          </p>
          <button type="button" className="button" disabled={save.status === "saving"} onClick={() => void close()}>
            Luk målingen og vis resultaterne
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            Annullér
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Luk målingen
        </button>
      )}
      <SaveStatus save={save} savingText="Lukker …" savedText="Målingen er lukket" />
    </div>
  );
}
