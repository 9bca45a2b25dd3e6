import type { PlanItemSource } from "../api/types";
import { caseReviewPath, matchRoute, temperatureRoundPath, usePath } from "../router";
import { Link } from "./Link";

/** The link from a plan item back to the measurement it was made from, in the municipality whose page shows the plan. */
export function PlanItemSourceLink({ source }: { source: PlanItemSource }) {
  const route = matchRoute(usePath());
  if (!("code" in route)) return null;
  const [to, text] =
    source.kind === "CASE_REVIEW"
      ? [caseReviewPath(route.code, source.id), "Fra en sagsgennemgang"]
      : [temperatureRoundPath(route.code, source.id), "Fra en temperaturmåling"];
  return (
    <p className="meta">
      <Link to={to}>{text}</Link>
    </p>
  );
}
