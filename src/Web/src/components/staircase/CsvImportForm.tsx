import { useId, useRef, useState, type FormEvent } from "react";
import { messageOf } from "../../api/errors";
import { CSV_MAX_BYTES, ImportRejected, importStaircaseCsv, type CsvRejection } from "../../api/staircase";
import { countLabel } from "../../labels";
import type { Change } from "../../api/types";

interface CsvImportFormProps {
  code: string;
  afterSave(change: Change): Promise<void>;
}

type Report =
  | { kind: "none" }
  | { kind: "sending" }
  | { kind: "accepted"; rows: number }
  | { kind: "rejected"; message: string; rejected: CsvRejection[]; rejectedCount: number };

/** Counts from a CSV file: the whole file is stored, or nothing, with every rejected line reported. */
export function CsvImportForm({ code, afterSave }: CsvImportFormProps) {
  const fileId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<Report>({ kind: "none" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setReport({ kind: "rejected", message: "Vælg en CSV-fil først.", rejected: [], rejectedCount: 0 });
      return input.current?.focus();
    }
    if (file.size > CSV_MAX_BYTES) {
      setReport({ kind: "rejected", message: `Filen er for stor: højst ${CSV_MAX_BYTES / 1024} KB. Intet er gemt.`, rejected: [], rejectedCount: 0 });
      return;
    }
    setReport({ kind: "sending" });
    try {
      const result = await importStaircaseCsv(code, file);
      await afterSave({ version: result.version, id: null });
      setReport({ kind: "accepted", rows: result.accepted });
    } catch (error) {
      setReport(error instanceof ImportRejected
        ? { kind: "rejected", message: error.message, rejected: error.rejected, rejectedCount: error.rejectedCount }
        : { kind: "rejected", message: messageOf(error), rejected: [], rejectedCount: 0 });
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Indlæs antal fra CSV-fil">
      <h3>Indlæs fra CSV-fil</h3>
      <div className="field">
        <label htmlFor={fileId}>CSV-fil</label>
        <input id={fileId} ref={input} type="file" accept=".csv,text/csv" aria-describedby={hintId} onChange={() => setReport({ kind: "none" })} />
        <p id={hintId} className="hint">
          Første linje skal være <code>kvartal;trin;antal</code>, derefter én linje pr. kvartal og trin, fx <code>2026K3;§ 85 Socialpædagogisk støtte (bostøtte);270</code>.
          Trinnet kan skrives med navn eller id. Gem filen som CSV UTF-8, højst {CSV_MAX_BYTES / 1024} KB og 2.000 rækker. Er én linje forkert, gemmes intet.
        </p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={report.kind === "sending"}>
          Indlæs fil
        </button>
        <p className="save-status" role="status">
          {report.kind === "sending" ? "Indlæser …" : report.kind === "accepted" ? `Filen er indlæst: ${countLabel(report.rows, "række", "rækker")} gemt.` : ""}
        </p>
      </div>
      {report.kind === "rejected" && (
        <div className="message message--error import-report" role="alert">
          <p>{report.message}</p>
          {report.rejected.length > 0 && (
            <ul>
              {report.rejected.map((r) => (
                <li key={r.line}>
                  {r.line === 0 ? "Hele filen" : `Linje ${r.line}`}: {r.reason}
                </li>
              ))}
            </ul>
          )}
          {report.rejectedCount > report.rejected.length && <p>… og {report.rejectedCount - report.rejected.length} linjer mere.</p>}
        </div>
      )}
    </form>
  );
}
