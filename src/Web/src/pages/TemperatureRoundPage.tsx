import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { LiveStatus } from "../components/LiveStatus";
import { Loading } from "../components/Loading";
import { AnswerForm } from "../components/temperature/AnswerForm";
import { CloseRoundButton } from "../components/temperature/CloseRoundButton";
import { ReflectionsSection } from "../components/temperature/ReflectionsSection";
import { RoundResults } from "../components/temperature/RoundResults";
import { useTemperatureRound } from "../hooks/useTemperatureRound";
import { ESTABLISHING_ROLES } from "../labels";
import { municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/**
 * One temperature round. In a workshop the tovholder keeps this page on the projector: the count
 * of answers grows live, and the results appear the moment the round is closed.
 */
export function TemperatureRoundPage({ code, id }: { code: string; id: string }) {
  const { state, live, liveUpdates, afterSave, retry } = useTemperatureRound(code, id);
  const viewerState = useViewer();
  const round = state.status === "ready" ? state.data?.round : undefined;
  usePageTitle(round?.title ?? "Temperaturmåling");
  const viewer = viewerState.status === "ready" ? viewerState.viewer : null;
  const governs = viewer !== null && viewer.municipalityCode === code && ESTABLISHING_ROLES.has(viewer.role);

  return (
    <>
      <p className="breadcrumb">
        <Link to={municipalityPath(code)}>Tilbage til kommunen</Link>
      </p>
      {state.status === "loading" && (
        <>
          <h1>Temperaturmåling</h1>
          <Loading text="Henter målingen …" />
        </>
      )}
      {state.status === "forbidden" && (
        <>
          <h1>Temperaturmåling</h1>
          <p>Du har ikke adgang til denne kommunes målinger.</p>
        </>
      )}
      {state.status === "error" && (
        <>
          <h1>Temperaturmåling</h1>
          <ErrorMessage onRetry={retry}>{state.message}</ErrorMessage>
        </>
      )}
      {state.status === "ready" && !state.data && (
        <>
          <h1>Målingen findes ikke</h1>
          <p>Der er ingen temperaturmåling med dette id i kommunen.</p>
        </>
      )}
      {state.status === "ready" && state.data?.round && (
        <>
          <h1>{state.data.round.title}</h1>
          <LiveStatus state={live} updates={liveUpdates} subject="Målingen" />
          {state.refreshError && <ErrorMessage>Kunne ikke hente de seneste ændringer. {state.refreshError}</ErrorMessage>}
          <p className="round-count" aria-live="polite">
            <strong>
              {state.data.round.responded} af {state.data.round.respondents}
            </strong>{" "}
            har svaret · {state.data.round.closed ? "Målingen er lukket" : "Målingen er åben"} · spørgeskema version{" "}
            {state.data.round.questionnaireVersion}
          </p>
          {!state.data.round.closed && governs && <CloseRoundButton code={code} round={state.data.round} afterSave={afterSave} />}
          {!state.data.round.closed && state.data.round.youAreRespondent && (
            <AnswerForm code={code} round={state.data.round} afterSave={afterSave} />
          )}
          {!state.data.round.closed && !state.data.round.youAreRespondent && (
            <p>Resultaterne vises her, så snart målingen er lukket.</p>
          )}
          {state.data.round.closed && (
            <>
              <RoundResults code={code} round={state.data.round} actions={state.data.actions} canPlan={governs} afterSave={afterSave} />
              <ReflectionsSection code={code} round={state.data.round} canEdit={governs} afterSave={afterSave} />
            </>
          )}
        </>
      )}
    </>
  );
}
