import { describe, expect, it } from "vitest";
import { caseReviewPath, caseReviewsPath, matchRoute } from "../router";

describe("case review addresses", () => {
  it("lead to the list and to one review, and back again", () => {
    expect(matchRoute(caseReviewsPath("657"))).toEqual({ name: "caseReviews", code: "657" });
    expect(matchRoute(caseReviewPath("657", "s-1"))).toEqual({ name: "caseReview", code: "657", id: "s-1" });
    expect(matchRoute("/kommuner/657/sagsgennemgange/s-1/")).toEqual({ name: "caseReview", code: "657", id: "s-1" });
  });

  it("go nowhere with an extra part or a broken escape", () => {
    expect(matchRoute("/kommuner/657/sagsgennemgange/s-1/x")).toEqual({ name: "notFound" });
    expect(matchRoute("/kommuner/657/sagsgennemgange/%E0%A4%A")).toEqual({ name: "notFound" });
  });
});
