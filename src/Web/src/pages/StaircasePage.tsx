import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { CountEntryForm } from "../components/staircase/CountEntryForm";
import { CsvImportForm } from "../components/staircase/CsvImportForm";
import { KeyFiguresForm } from "../components/staircase/KeyFiguresForm";
import { KeyFiguresSection } from "../components/staircase/KeyFiguresSection";
import { MovementForm } from "../components/staircase/MovementForm";
import { MovementSection } from "../components/staircase/MovementSection";
import { StaircaseChartSection } from "../components/staircase/StaircaseChartSection";
import { StepsEditor } from "../components/staircase/StepsEditor";
import { useStaircase } from "../hooks/useStaircase";
import { ESTABLISHING_ROLES } from "../labels";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

const TITLE = "Indsatstrappe og nøgletal";

/** The municipality's staircase per quarter, movements between steps and key figures, with entry for those who govern. */
export function StaircasePage({ code }: { code: string }) {
  const viewerState = useViewer();
  const viewer = viewerState.status === "ready" ? viewerState.viewer : null;
  if (viewerState.status === "loading") return <Loading />;
  if (viewer === null)
    return (
      <>
        <h1>{TITLE}</h1>
        <div className="message">
          <p>Du skal være logget ind for at se kommunens indsatstrappe og nøgletal.</p>
          <p>
            <Link to="/log-ind">Log ind</Link>
          </p>
        </div>
      </>
    );
  // Keyed by person, so signing in as someone else never shows the previous person's view.
  return <StaircaseContent key={viewer.personId} code={code} governs={viewer.municipalityCode === code && ESTABLISHING_ROLES.has(viewer.role)} />;
}

function StaircaseContent({ code, governs }: { code: string; governs: boolean }) {
  const { state, live, liveUpdates, afterSave, retry } = useStaircase(code);
  const data = state.status === "ready" ? state.data : null;
  usePageTitle(data ? `${TITLE}: ${data.municipality.name}` : TITLE);

  if (state.status === "loading")
    return (
      <>
        <h1>{TITLE}</h1>
        <Loading text="Henter indsatstrappen …" />
      </>
    );
  if (state.status !== "ready" || data === null)
    return (
      <>
        <h1>{TITLE}</h1>
        {state.status === "error" && <ErrorMessage onRetry={retry}>{state.message}</ErrorMessage>}
        {state.status === "forbidden" && <p className="message">Du har ikke adgang til en anden kommunes indsatstrappe og nøgletal.</p>}
        {state.status === "ready" && <p className="message">Der findes ingen kommune med koden {code}.</p>}
      </>
    );

  const { municipality, staircase } = data;
  const props = { code, staircase, afterSave };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Kommuner</Link> › <Link to={municipalityPath(code)}>{municipality.name}</Link>
      </p>
      <h1>{TITLE}</h1>
      <p className="lead">
        Socialpsykiatriens indsatstrappe går fra civilsamfund og åben rådgivning nederst til længerevarende botilbud øverst. Lykkes
        omlægningen, flytter borgerne ned ad trappen over tid.
      </p>
      <LiveStatus state={live} updates={liveUpdates} subject="Tallene" />
      {state.refreshError && <ErrorMessage>Kunne ikke hente de seneste ændringer. {state.refreshError}</ErrorMessage>}
      <StaircaseChartSection code={code} staircase={staircase} />
      <MovementSection staircase={staircase} />
      <KeyFiguresSection code={code} staircase={staircase} />
      {governs && (
        <section className="panel" aria-labelledby="staircase-entry">
          <h2 id="staircase-entry">Indtast og indlæs tal</h2>
          <CsvImportForm code={code} afterSave={afterSave} />
          <CountEntryForm {...props} />
          <MovementForm {...props} />
          <KeyFiguresForm {...props} />
          <StepsEditor code={code} steps={staircase.steps} afterSave={afterSave} />
        </section>
      )}
    </>
  );
}
