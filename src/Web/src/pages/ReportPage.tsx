import { useEffect, useState } from "react";
import { ApiError, messageOf } from "../api/errors";
import { fetchProgressReport, type ProgressReport } from "../api/report";
import type { Municipality } from "../api/types";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { GroupsTable } from "../components/report/GroupsTable";
import { PrerequisiteItems } from "../components/report/PrerequisiteItems";
import { StatusCountsTable } from "../components/report/StatusCountsTable";
import { formatTimestamp } from "../format";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

type State =
  | { status: "loading" }
  | { status: "error"; message: string; retry: boolean }
  | { status: "ready"; municipality: Municipality; report: ProgressReport };

/** The municipality's progress on paper: laid out for A4, one section per page (see the print rules in styles.css). */
export function ReportPage({ code }: { code: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const viewerState = useViewer();
  const viewer = viewerState.status === "ready" ? viewerState.viewer : null;
  // Asked once the sign-in is known, so the page does not fetch twice while it settles.
  const viewerKnown = viewerState.status !== "loading";
  usePageTitle(state.status === "ready" ? `Fremdriftsrapport: ${state.municipality.name}` : "Fremdriftsrapport");

  useEffect(() => {
    if (!viewerKnown) return;
    let active = true;
    setState({ status: "loading" });
    fetchProgressReport(code).then(
      ({ municipality, report }) => active && setState({ status: "ready", municipality, report }),
      (error: unknown) => {
        if (!active) return;
        const final = error instanceof ApiError && ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"].includes(error.code ?? "");
        setState({ status: "error", message: messageOf(error), retry: !final });
      },
    );
    return () => {
      active = false;
    };
  }, [code, attempt, viewerKnown, viewer?.personId]);

  if (state.status === "loading") {
    return (
      <>
        <h1>Fremdriftsrapport</h1>
        <Loading text="Henter rapporten …" />
      </>
    );
  }
  if (state.status === "error") {
    return (
      <>
        <h1>Fremdriftsrapport</h1>
        <ErrorMessage onRetry={state.retry ? () => setAttempt((n) => n + 1) : undefined}>{state.message}</ErrorMessage>
        <p>
          <Link to={municipalityPath(code)}>Tilbage til kommunen</Link>
        </p>
      </>
    );
  }

  const { municipality, report } = state;
  const outsider = viewer?.municipalityCode !== municipality.code;
  return (
    <article className="report">
      <p className="breadcrumb no-print">
        <Link to={municipalityPath(municipality.code)}>{municipality.name}</Link>
      </p>
      <header className="report__head">
        <h1>Fremdriftsrapport: {municipality.name}</h1>
        <p className="meta">
          Dannet <time dateTime={report.generatedAt}>{formatTimestamp(report.generatedAt)}</time>
        </p>
      </header>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Udskriv / gem som PDF
        </button>
      </p>
      {outsider && (
        <p className="message message--notice">
          Du ser tal og struktur. Titler på punkter og rapporter vises kun for kommunens egne folk, fordi de kan være
          borgeres egne ord.
        </p>
      )}

      <section className="report-section" aria-labelledby="report-plan">
        <h2 id="report-plan">Udviklingsplanen</h2>
        <StatusCountsTable
          caption="Punkter i udviklingsplanen pr. organisatorisk forudsætning og status"
          rowHeader="Forudsætning"
          rows={report.prerequisites}
        />
        {report.prerequisites.map((prerequisite) => (
          <PrerequisiteItems key={prerequisite.number} prerequisite={prerequisite} />
        ))}
      </section>

      <section className="report-section" aria-labelledby="report-principles">
        <h2 id="report-principles">Implementeringsplanerne</h2>
        <p className="section-intro">
          Aktiviteter i alle implementeringsgrupper. En aktivitet, der hører til flere principper, tælles under hvert af dem.
        </p>
        <StatusCountsTable
          caption="Aktiviteter pr. princip og status"
          rowHeader="Princip"
          rows={report.principles}
        />
      </section>

      <section className="report-section" aria-labelledby="report-groups">
        <h2 id="report-groups">Implementeringsgrupper</h2>
        <GroupsTable groups={report.groups} titlesHidden={outsider} />
      </section>
    </article>
  );
}
