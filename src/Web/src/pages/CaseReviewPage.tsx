import { useRef } from "react";
import { fetchCaseReview, concludeCaseReview } from "../api/caseReviews";
import { useLiveStream } from "../api/live";
import { CASE_WORK_ROLES } from "../caseReviews/caseReviewRules";
import { AddCaseForm } from "../components/caseReviews/AddCaseForm";
import { CaseReviewResults } from "../components/caseReviews/CaseReviewResults";
import { JudgementGrid } from "../components/caseReviews/JudgementGrid";
import { ErrorMessage } from "../components/ErrorMessage";
import { Link } from "../components/Link";
import { Loading } from "../components/Loading";
import { SaveStatus } from "../components/SaveStatus";
import { formatDateTime } from "../format";
import { useFetched } from "../hooks/useFetched";
import { useSave } from "../hooks/useSave";
import { ESTABLISHING_ROLES } from "../labels";
import { caseReviewsPath, municipalityPath, temperatureRoundPath } from "../router";
import { usePageTitle } from "../usePageTitle";
import { useViewer } from "../viewer";

/** One case review: the cases judged against the eight principles, the results, and the plan items made from them. */
export function CaseReviewPage({ code, id }: { code: string; id: string }) {
  const viewerState = useViewer();
  const viewer = viewerState.status === "ready" ? viewerState.viewer : null;
  const [state, reload] = useFetched(`${code}/${id}/${viewer?.personId ?? ""}`, () => fetchCaseReview(code, id));
  const gridSave = useSave();
  const concludeSave = useSave();
  const page = state.status === "ready" ? state.value : null;
  // Reviewers judging side by side see each other's judgements: a notice newer than the page fetches it again.
  const shown = useRef(0);
  shown.current = page?.review?.version ?? Number.POSITIVE_INFINITY;
  useLiveStream(`case-review:${code}:${id}`, {
    onFollowed: (version, resync) => (resync || version > shown.current) && reload(),
    onNotice: (notice) => notice.version > shown.current && reload(),
  });
  usePageTitle(page?.review ? `Sagsgennemgang: ${page.review.title}` : "Sagsgennemgang");

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to={municipalityPath(code)}>{page?.municipality.name ?? `Kommune ${code}`}</Link> ›{" "}
      <Link to={caseReviewsPath(code)}>Sagsgennemgange</Link>
    </p>
  );
  if (state.status !== "ready" || !page?.review) {
    return (
      <>
        {breadcrumb}
        <h1>Sagsgennemgang</h1>
        {state.status === "loading" && <Loading text="Henter sagsgennemgangen …" />}
        {state.status === "error" && <ErrorMessage onRetry={reload}>{state.message}</ErrorMessage>}
        {state.status === "ready" && <p>Sagsgennemgangen findes ikke.</p>}
      </>
    );
  }

  const { review, actions } = page;
  const own = viewer?.municipalityCode === code;
  const governs = own && ESTABLISHING_ROLES.has(viewer.role);
  const works = own && CASE_WORK_ROLES.has(viewer.role);

  async function conclude() {
    if (await concludeSave.run(() => concludeCaseReview({ municipalityCode: code, reviewId: id }))) reload();
  }

  return (
    <>
      {breadcrumb}
      <h1>Sagsgennemgang: {review.title}</h1>
      <p className="meta">
        {review.concludedAt ? `Afsluttet ${formatDateTime(review.concludedAt)}` : "I gang"} · {review.caseCount} af {review.maxCases} sager
        {review.temperatureRoundId && (
          <>
            {" · "}
            <Link to={temperatureRoundPath(code, review.temperatureRoundId)}>Del af en temperaturmåling</Link>
          </>
        )}
      </p>
      {review.casesWithheld ? (
        <p className="message">Sagerne og noterne ses kun af kommunens medarbejdere. Du ser antallet af sager pr. vurdering.</p>
      ) : (
        <section className="panel" aria-labelledby="cases-heading">
          <h2 id="cases-heading">Sager</h2>
          {!review.concluded && works && review.caseCount < review.maxCases && (
            <AddCaseForm municipalityCode={code} reviewId={id} onAdded={reload} />
          )}
          {!review.concluded && review.caseCount >= review.maxCases && (
            <p>Gennemgangen har {review.maxCases} sager, som metoden foreskriver. Fjern en sag for at tilføje en anden.</p>
          )}
          <JudgementGrid municipalityCode={code} review={review} save={gridSave} onChanged={reload} />
        </section>
      )}
      {governs && !review.concluded && (
        <section className="panel" aria-labelledby="conclude-heading">
          <h2 id="conclude-heading">Afslut gennemgangen</h2>
          <p>Når gennemgangen afsluttes, fastholdes resultaterne, og sagerne kan ikke længere ændres.</p>
          <button type="button" className="button" disabled={concludeSave.status === "saving"} onClick={() => void conclude()}>
            Afslut sagsgennemgangen
          </button>
          <SaveStatus save={concludeSave} />
        </section>
      )}
      <CaseReviewResults municipalityCode={code} review={review} canAct={own} onActed={reload} />
      {actions.length > 0 && (
        <section className="panel" aria-labelledby="actions-heading">
          <h2 id="actions-heading">Handlinger lavet ud fra gennemgangen</h2>
          <ul>
            {actions.map((action) => (
              <li key={action.id}>{action.withheld ? "Skrevet af en borger – ikke delt" : action.title}</li>
            ))}
          </ul>
          <p>
            <Link to={municipalityPath(code)}>Se dem i styregruppens udviklingsplan</Link>
          </p>
        </section>
      )}
    </>
  );
}
