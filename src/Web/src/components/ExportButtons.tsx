import { useState } from "react";
import { messageOf } from "../api/errors";
import { downloadExport, type ExportFormat } from "../api/exports";
import { ErrorMessage } from "./ErrorMessage";

interface ExportButtonsProps {
  /** An export path from exportPaths, without the extension. */
  path: string;
  /** What is exported, for screen readers: "udviklingsplanen" → "Eksportér udviklingsplanen som CSV". */
  subject: string;
  /** Filters for the export, "?region=…", added after the extension. */
  query?: string;
  /** The button's verb; another than "Eksportér" also shows "som": "Hent som CSV". */
  verb?: string;
}

const formats: { format: ExportFormat; label: string }[] = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel" },
];

export function ExportButtons({ path, subject, query = "", verb }: ExportButtonsProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      await downloadExport(path, format, query);
    } catch (e: unknown) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export">
      <div className="export__buttons">
        {formats.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button--quiet button--small"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format ? (
              "Henter …"
            ) : (
              // One inline run: loose text in the flex button would lose its spaces around the hidden words.
              <span>
                {verb ?? "Eksportér"} <span className="visually-hidden">{subject} </span>
                {verb ? `som ${label}` : <><span className="visually-hidden">som </span>{label}</>}
              </span>
            )}
          </button>
        ))}
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
