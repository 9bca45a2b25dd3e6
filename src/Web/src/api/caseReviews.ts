import { graphql } from "./graphql";
import { operation } from "./operation";
import { ADD_PLAN_ITEM, change, changeOperation } from "./mutations";

export type CaseJudgement = "REFLECTED" | "PARTLY" | "NOT_REFLECTED";

export interface PrincipleTally {
  principle: { number: number; title: string };
  reflected: number;
  partly: number;
  notReflected: number;
  judged: number;
  shareReflected: number | null;
}

export interface ReviewedCase {
  id: string;
  reference: string;
  judgements: { principle: { number: number }; judgement: CaseJudgement; note: string }[];
}

export interface CaseReview {
  id: string;
  title: string;
  temperatureRoundId: string | null;
  startedAt: string | null;
  concluded: boolean;
  concludedAt: string | null;
  caseCount: number;
  maxCases: number;
  /** True when the viewer may not see the cases and notes (only the municipality's staff may). */
  casesWithheld: boolean;
  cases: ReviewedCase[] | null;
  results: PrincipleTally[];
  version: number;
}

export interface CaseReviewSummary {
  id: string;
  title: string;
  caseCount: number;
  startedAt: string;
  concludedAt: string | null;
}

export interface CaseReviewPage {
  municipality: { code: string; name: string };
  review: CaseReview | null;
  /** Plan items made from this review. */
  actions: { id: string; title: string; withheld: boolean }[];
}

const CASE_REVIEW = operation("CaseReview", `query CaseReview($code: String!, $id: ID!) {
  municipality(code: $code) {
    code name
    caseReview(id: $id) {
      id title temperatureRoundId startedAt concluded concludedAt caseCount maxCases casesWithheld version
      cases { id reference judgements { principle { number } judgement note } }
      results { principle { number title } reflected partly notReflected judged shareReflected }
    }
    actions(source: { kind: CASE_REVIEW, id: $id }) { id title withheld }
  }
}`);

export async function fetchCaseReview(code: string, id: string): Promise<CaseReviewPage | null> {
  const data = await graphql<{
    municipality: { code: string; name: string; caseReview: CaseReview | null; actions: CaseReviewPage["actions"] } | null;
  }>(
    CASE_REVIEW,
    { code, id },
  );
  const municipality = data.municipality;
  if (!municipality) return null;
  return { municipality: { code: municipality.code, name: municipality.name }, review: municipality.caseReview, actions: municipality.actions };
}

export interface CaseReviewList {
  name: string;
  reviews: CaseReviewSummary[];
  /** The rounds a new review may belong to. */
  rounds: { id: string; title: string }[];
}

const CASE_REVIEWS = operation("CaseReviews", `query CaseReviews($code: String!) {
  municipality(code: $code) { name caseReviews { id title caseCount startedAt concludedAt } temperatureRounds { id title } }
}`);

export async function fetchCaseReviews(code: string): Promise<CaseReviewList | null> {
  const data = await graphql<{
    municipality: { name: string; caseReviews: CaseReviewSummary[]; temperatureRounds: { id: string; title: string }[] } | null;
  }>(
    CASE_REVIEWS,
    { code },
  );
  const municipality = data.municipality;
  return municipality ? { name: municipality.name, reviews: municipality.caseReviews, rounds: municipality.temperatureRounds } : null;
}

const START_CASE_REVIEW = changeOperation("StartCaseReview", "startCaseReview", "StartCaseReviewInput");

export function startCaseReview(input: { municipalityCode: string; id: string; title: string; temperatureRoundId: string | null }) {
  return change(START_CASE_REVIEW, input);
}

const ADD_REVIEWED_CASE = changeOperation("AddReviewedCase", "addReviewedCase", "AddReviewedCaseInput");

export function addReviewedCase(input: { municipalityCode: string; reviewId: string; caseId: string; reference: string }) {
  return change(ADD_REVIEWED_CASE, input);
}

const JUDGE_REVIEWED_CASE = changeOperation("JudgeReviewedCase", "judgeReviewedCase", "JudgeReviewedCaseInput");

export function judgeReviewedCase(input: {
  municipalityCode: string;
  reviewId: string;
  caseId: string;
  principle: number;
  judgement: CaseJudgement;
  note: string;
}) {
  return change(JUDGE_REVIEWED_CASE, input);
}

const REMOVE_REVIEWED_CASE = changeOperation("RemoveReviewedCase", "removeReviewedCase", "RemoveReviewedCaseInput");

export function removeReviewedCase(input: { municipalityCode: string; reviewId: string; caseId: string }) {
  return change(REMOVE_REVIEWED_CASE, input);
}

const CONCLUDE_CASE_REVIEW = changeOperation("ConcludeCaseReview", "concludeCaseReview", "ConcludeCaseReviewInput");

export function concludeCaseReview(input: { municipalityCode: string; reviewId: string }) {
  return change(CONCLUDE_CASE_REVIEW, input);
}

/** A development-plan item made from one principle's result, linked back to the review. */
export function addPlanItemFromReview(input: { municipalityCode: string; id: string; prerequisite: number; title: string; description: string; reviewId: string }) {
  const { reviewId, ...item } = input;
  return change(ADD_PLAN_ITEM, { ...item, source: { kind: "CASE_REVIEW", id: reviewId } });
}
