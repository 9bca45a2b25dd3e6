import { useCallback, type ReactNode } from "react";
import { fetchMunicipalityProgress, type MunicipalityProgress } from "../api/nationalProgress";
import { ActionCountsText } from "../components/console/ActionCountsText";
import { CoordinatorOnly } from "../components/console/CoordinatorOnly";
import { GroupProgressSection } from "../components/console/GroupProgressSection";
import { TemperatureRounds } from "../components/console/TemperatureRounds";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { NoAccess } from "../components/NoAccess";
import { checklistText, rolesText } from "../console/consoleFormat";
import { NATIONAL_CONSOLE_PATH } from "../console/consoleQuery";
import { formatDateTime } from "../format";
import { useLiveQuery } from "../hooks/useLiveQuery";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";

/** One participating municipality's progress in numbers and structure; no free text at all. */
export function MunicipalityProgressPage({ code }: { code: string }) {
  return (
    <>
      <p className="breadcrumb">
        <Link to={NATIONAL_CONSOLE_PATH}>National oversigt</Link>
      </p>
      <CoordinatorOnly>
        <Progress code={code} />
      </CoordinatorOnly>
    </>
  );
}

function Progress({ code }: { code: string }) {
  const fetch = useCallback(() => fetchMunicipalityProgress(code), [code]);
  const { state, live, liveUpdates, retry } = useLiveQuery(code, fetch, "national", (notice) => notice.tenant === code);
  const name = state.status === "ready" ? state.data?.name : undefined;
  usePageTitle(name ? `Fremdrift: ${name}` : "Fremdrift");

  if (state.status === "loading") return <Loading text="Henter kommunens fremdrift …" />;
  if (state.status === "forbidden") return <NoAccess>Kun for den nationale koordinator.</NoAccess>;
  if (state.status === "error")
    return (
      <>
        <h1>Fremdrift</h1>
        <ErrorMessage onRetry={state.retry ? retry : undefined}>{state.message}</ErrorMessage>
      </>
    );
  if (state.data === null)
    return (
      <>
        <h1>Fremdrift</h1>
        <p>Kommunen med koden {code} deltager ikke i programmet.</p>
        <p>
          <Link to={municipalityPath(code)}>Gå til kommunens side</Link>
        </p>
      </>
    );
  return (
    <>
      {state.refreshError && <ErrorMessage onRetry={retry}>{state.refreshError}</ErrorMessage>}
      <ProgressView progress={state.data} status={<LiveStatus state={live} updates={liveUpdates} subject="Kommunens fremdrift" />} />
    </>
  );
}

function ProgressView({ progress, status }: { progress: MunicipalityProgress; status: ReactNode }) {
  return (
    <>
      <h1>Fremdrift: {progress.name}</h1>
      <p>
        <Link to={municipalityPath(progress.code)}>Kommunens egen side</Link>
      </p>
      {status}
      <dl className="facts">
        <div>
          <dt>Region</dt>
          <dd>{progress.region}</dd>
        </div>
        <div>
          <dt>Fase</dt>
          <dd>{progress.phaseTitle}</dd>
        </div>
        <div>
          <dt>Tilmeldt</dt>
          <dd>{formatDateTime(progress.joinedAt)}</dd>
        </div>
        <div>
          <dt>Tjekliste</dt>
          <dd>{checklistText(progress.checklistDone, progress.checklistTotal)}</dd>
        </div>
        <div>
          <dt>Handlinger</dt>
          <dd>
            <ActionCountsText actions={progress.actions} />
          </dd>
        </div>
        <div>
          <dt>Deltagere</dt>
          <dd>{rolesText(progress.participants)}</dd>
        </div>
        <div>
          <dt>Borgere deltager</dt>
          <dd>{progress.citizensTakePart ? "Ja" : "Nej"}</dd>
        </div>
      </dl>
      <section className="console-section" aria-labelledby="progress-temperature">
        <h2 id="progress-temperature">Temperaturmålinger</h2>
        <TemperatureRounds rounds={progress.temperatureRounds} />
      </section>
      <section className="console-section" aria-labelledby="progress-groups">
        <h2 id="progress-groups">Grupper</h2>
        {progress.groups.length === 0 ? (
          <p className="empty">Kommunen har ingen grupper endnu.</p>
        ) : (
          progress.groups.map((group, i) => <GroupProgressSection key={`${group.kind}-${group.name}-${i}`} group={group} />)
        )}
      </section>
      <section className="console-section" aria-labelledby="progress-workshops">
        <h2 id="progress-workshops">Workshops</h2>
        <p>
          {progress.workshops.held} afholdt, {progress.workshops.planned} planlagt.
          {progress.workshops.lastHeldAt && ` Seneste afholdt ${formatDateTime(progress.workshops.lastHeldAt)}.`}
        </p>
      </section>
    </>
  );
}
