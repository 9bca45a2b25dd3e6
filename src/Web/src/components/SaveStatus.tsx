import type { Save } from "../hooks/useSave";
import { ErrorMessage } from "./ErrorMessage";

interface SaveStatusProps {
  save: Save;
  savingText?: string;
  savedText?: string;
}

/** The polite status region stays in the DOM so its changes are announced. */
export function SaveStatus({ save, savingText = "Gemmer …", savedText = "Gemt" }: SaveStatusProps) {
  return (
    <>
      <p className="save-status" role="status">
        {save.status === "saving" ? savingText : save.status === "saved" ? savedText : ""}
      </p>
      {save.error && <ErrorMessage>{save.error}</ErrorMessage>}
    </>
  );
}
