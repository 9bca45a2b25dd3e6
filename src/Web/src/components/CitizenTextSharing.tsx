import { useId, useState } from "react";
import { shareCitizenText } from "../api/programmeMutations";
import type { Change, Programme } from "../api/types";
import { useSave } from "../hooks/useSave";
import { SaveStatus } from "./SaveStatus";

interface CitizenTextSharingProps {
  code: string;
  programme: Programme;
  afterSave(change: Change): Promise<void>;
}

/** The strategic leader's setting: whether text written by citizens is shown to the national coordinator. */
export function CitizenTextSharing({ code, programme, afterSave }: CitizenTextSharingProps) {
  const headingId = useId();
  const checkboxId = useId();
  const save = useSave();
  // The box shows the click at once; if the server refuses, it falls back to the stored setting.
  const [pending, setPending] = useState<boolean | null>(null);

  async function share(shared: boolean) {
    setPending(shared);
    await save.run(async () => afterSave(await shareCitizenText(code, shared)));
    setPending(null);
  }

  return (
    <div className="programme__part">
      <h3 id={headingId}>Deling med den nationale koordinator</h3>
      {programme.canShare ? (
        <>
          <div className="field field--check">
            <input
              id={checkboxId}
              type="checkbox"
              checked={pending ?? programme.sharesCitizenText}
              disabled={save.status === "saving"}
              onChange={(e) => void share(e.target.checked)}
            />
            <label htmlFor={checkboxId}>Del tekst skrevet af borgere med den nationale koordinator</label>
          </div>
          <SaveStatus save={save} />
        </>
      ) : (
        <p>
          {programme.sharesCitizenText
            ? "Tekst skrevet af borgere deles med den nationale koordinator."
            : "Tekst skrevet af borgere deles ikke med den nationale koordinator."}
        </p>
      )}
    </div>
  );
}
