import { fetchCaseReviews } from "../api/caseReviews";
import { StartCaseReviewForm } from "../components/caseReviews/StartCaseReviewForm";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { formatDateTime } from "../format";
import { useFetched } from "../hooks/useFetched";
import { countLabel, ESTABLISHING_ROLES } from "../labels";
import { caseReviewPath, municipalityPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/** A municipality's case reviews (sagsgennemgange), newest first, and where the tovholder starts a new one. */
export function CaseReviewListPage({ code }: { code: string }) {
  const viewerState = useViewer();
  const viewer = viewerState.status === "ready" ? viewerState.viewer : null;
  const [state, reload] = useFetched(`${code}/${viewer?.personId ?? ""}`, () => fetchCaseReviews(code));
  usePageTitle(state.status === "ready" && state.value ? `Sagsgennemgange: ${state.value.name}` : "Sagsgennemgange");

  return (
    <>
      <p className="breadcrumb">
        <Link to={municipalityPath(code)}>{state.status === "ready" && state.value ? state.value.name : `Kommune ${code}`}</Link>
      </p>
      <h1>Sagsgennemgange</h1>
      <p className="section-intro">
        Ti nyere borgersager vurderes mod de otte principper: afspejler sagsarbejdet en recovery-orienteret, rehabiliterende tilgang?
        Sagerne nævnes kun med kommunens egen reference, aldrig med navn eller CPR-nummer.
      </p>
      {state.status === "loading" && <Loading text="Henter sagsgennemgange …" />}
      {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
      {state.status === "ready" && state.value === null && <p>Kommunen findes ikke.</p>}
      {state.status === "ready" && state.value !== null && (
        <>
          {state.value.reviews.length === 0 ? (
            <p className="empty">Der er ingen sagsgennemgange endnu.</p>
          ) : (
            <ul className="group-list">
              {state.value.reviews.map((review) => (
                <li key={review.id}>
                  <Link to={caseReviewPath(code, review.id)}>{review.title}</Link>{" "}
                  <span className="meta">
                    {countLabel(review.caseCount, "sag", "sager")} ·{" "}
                    {review.concludedAt ? `afsluttet ${formatDateTime(review.concludedAt)}` : `startet ${formatDateTime(review.startedAt)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {viewer?.municipalityCode === code && ESTABLISHING_ROLES.has(viewer.role) && <StartCaseReviewForm municipalityCode={code} rounds={state.value.rounds} />}
        </>
      )}
    </>
  );
}
