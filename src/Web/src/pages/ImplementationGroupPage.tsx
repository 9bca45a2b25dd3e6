import { exportPaths } from "../api/exports";
import { fetchMunicipality } from "../api/queries";
import { ExportButtons } from "../components/ExportButtons";
import { ErrorMessage } from "../components/ErrorMessage";
import { ActivityPlanSection } from "../components/implementation/ActivityPlanSection";
import { DriversAndBarriersSection } from "../components/implementation/DriversAndBarriersSection";
import { GroupDecisionsSection } from "../components/implementation/GroupDecisionsSection";
import { GroupMembersSection } from "../components/implementation/GroupMembersSection";
import { ImplementationPlanAsOf } from "../components/implementation/ImplementationPlanAsOf";
import { MandateSection } from "../components/MandateSection";
import { refOf, setMandate } from "../api/implementationMutations";
import { ReportsSection } from "../components/implementation/ReportsSection";
import { TrialActionsSection } from "../components/implementation/TrialActionsSection";
import { Link } from "../components/Link";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { useFetched } from "../hooks/useFetched";
import { useImplementationGroup } from "../hooks/useImplementationGroup";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

interface ImplementationGroupPageProps {
  code: string;
  slug: string;
}

export function ImplementationGroupPage({ code, slug }: ImplementationGroupPageProps) {
  const viewerState = useViewer();
  const signedIn = viewerState.status === "ready" && viewerState.viewer !== null;
  const [municipality] = useFetched(code, () => fetchMunicipality(code));
  const municipalityName = municipality.status === "ready" ? municipality.value.name : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Kommuner</Link> › <Link to={municipalityPath(code)}>{municipalityName ?? `Kommune ${code}`}</Link>
      </p>
      {viewerState.status === "loading" && (
        <>
          <h1>Implementeringsgruppe</h1>
          <Loading />
        </>
      )}
      {viewerState.status === "error" && <ErrorMessage>{viewerState.message}</ErrorMessage>}
      {viewerState.status === "ready" && !signedIn && (
        <>
          <h1>Implementeringsgruppe</h1>
          <div className="message">
            <p>Du skal være logget ind for at se kommunens implementeringsgrupper.</p>
            <p>
              <Link to="/log-ind">Log ind</Link>
            </p>
          </div>
        </>
      )}
      {/* Keyed by person, so signing in as someone else never shows the previous person's view. */}
      {signedIn && (
        <GroupContent
          key={viewerState.viewer?.personId}
          code={code}
          slug={slug}
          insider={viewerState.viewer?.municipalityCode === code}
        />
      )}
    </>
  );
}

function GroupContent({ code, slug, insider }: ImplementationGroupPageProps & { insider: boolean }) {
  const { state, live, liveUpdates, afterSave, retry } = useImplementationGroup(code, slug);
  const group = state.status === "ready" ? state.data.group : null;
  usePageTitle(group?.name ?? "Implementeringsgruppe");

  if (state.status === "loading")
    return (
      <>
        <h1>Implementeringsgruppe</h1>
        <Loading text="Henter implementeringsgruppen …" />
      </>
    );
  if (state.status !== "ready" || group === null) {
    return (
      <>
        <h1>{state.status === "ready" ? "Gruppen findes ikke" : "Implementeringsgruppe"}</h1>
        {state.status === "error" && <ErrorMessage onRetry={retry}>{state.message}</ErrorMessage>}
        {state.status === "forbidden" && <p className="message">Du har ikke adgang til kommunens implementeringsgrupper.</p>}
        {state.status === "ready" && <p className="message">Der er ingen implementeringsgruppe med kortnavnet {slug} i kommunen.</p>}
      </>
    );
  }

  const { principles } = state.data;
  const props = { group, afterSave };
  return (
    <>
      <h1>{group.name}</h1>
      {group.focus && <p className="lead">{group.focus}</p>}
      <LiveStatus state={live} updates={liveUpdates} subject="Gruppen" />
      {state.refreshError && <ErrorMessage>Kunne ikke hente de seneste ændringer. {state.refreshError}</ErrorMessage>}
      {insider && (
        <div className="toolbar">
          <span aria-hidden="true">Implementeringsplan:</span>
          <ExportButtons path={exportPaths.implementationPlan(code, slug)} subject="implementeringsplanen" />
          <span aria-hidden="true">Beslutningslog:</span>
          <ExportButtons path={exportPaths.implementationDecisions(code, slug)} subject="beslutningsloggen" />
        </div>
      )}
      <div className="group-sections">
        <GroupMembersSection {...props} />
        <MandateSection
          mandate={group.mandate}
          canEdit={group.canGovern}
          onSave={async (mandate) => props.afterSave(await setMandate({ ...refOf(group), mandate }))}
        />
        <ActivityPlanSection {...props} principles={principles} />
        {insider && <ImplementationPlanAsOf code={code} slug={slug} />}
        <GroupDecisionsSection {...props} principles={principles} />
        <DriversAndBarriersSection {...props} />
        <ReportsSection {...props} />
        <TrialActionsSection {...props} principles={principles} />
      </div>
    </>
  );
}
