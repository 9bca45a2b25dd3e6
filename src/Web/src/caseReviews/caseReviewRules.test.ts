import { describe, expect, it } from "vitest";
import type { PrincipleTally } from "../api/caseReviews";
import { referenceProblem, resultSeries, shareText, weakestPrinciple } from "./caseReviewRules";

const tally = (number: number, reflected: number, partly: number, notReflected: number): PrincipleTally => {
  const judged = reflected + partly + notReflected;
  return { principle: { number, title: `Princip ${number}` }, reflected, partly, notReflected, judged, shareReflected: judged === 0 ? null : reflected / judged };
};

describe("case references", () => {
  it("accept short local codes with a digit", () => {
    for (const reference of ["Sag 3", "J.nr. 27.12-04", "2026/113", "Bostøtte 7"]) expect(referenceProblem(reference)).toBeNull();
  });

  it("refuse a name, odd characters and anything too long, in Danish", () => {
    expect(referenceProblem("Jens Hansen")).toMatch(/mindst ét tal/);
    expect(referenceProblem("Sag <3>")).toMatch(/kun have bogstaver/);
    expect(referenceProblem("Sag nummer 12345678901")).toMatch(/højst være 20 tegn/);
    expect(referenceProblem("  ")).toMatch(/lokale reference/);
  });
});

describe("results", () => {
  it("say the share reflected of the judged cases, and nothing for a principle nobody judged", () => {
    expect(shareText(tally(1, 2, 0, 1))).toBe("2 af 3 (67 %)");
    expect(shareText(tally(2, 0, 0, 0))).toBe("ikke vurderet");
  });

  it("stack reflected, partly and not reflected per principle", () => {
    expect(resultSeries([tally(1, 2, 1, 0), tally(2, 0, 0, 3)]).map((s) => s.values)).toEqual([[2, 0], [1, 0], [0, 3]]);
  });

  it("name the weakest judged principle", () => {
    expect(weakestPrinciple([tally(1, 2, 0, 0), tally(2, 0, 0, 0), tally(3, 1, 1, 1)])?.principle.number).toBe(3);
    expect(weakestPrinciple([tally(1, 0, 0, 0)])).toBeNull();
  });
});
