import { describe, expect, it } from "vitest";
import type { Activity } from "../api/implementationTypes";
import { activitiesFor, activityFields, activityProblem, countByPrinciple, draftOf, emptyActivity } from "./activityRules";

function activity(id: string, principles: number[]): Activity {
  return {
    id, title: id, description: "", principles, ownerId: null, ownerName: null, starts: null, due: null,
    status: "PLANNED", decisionId: null, trialId: null, followUps: [], withheld: false, aimFigure: null, aimStepId: null,
  };
}

describe("activityProblem", () => {
  it("asks for a title first, then a principle", () => {
    expect(activityProblem({ ...emptyActivity, title: "  " })?.field).toBe("title");
    expect(activityProblem({ ...emptyActivity, title: "Peerstøtte" })).toEqual({
      field: "principles",
      message: "Vælg mindst ét af de otte principper.",
    });
  });

  it("refuses a deadline before the start", () => {
    const draft = { ...emptyActivity, title: "Peerstøtte", principles: [2], starts: "2026-05-01", due: "2026-04-30" };
    expect(activityProblem(draft)?.field).toBe("due");
    expect(activityProblem({ ...draft, due: "2026-05-01" })).toBeNull();
  });
});

describe("activityFields", () => {
  it("trims text, sorts principles and sends empty choices as null", () => {
    expect(activityFields({ ...emptyActivity, title: " Netværksmøder ", principles: [7, 3] })).toEqual({
      title: "Netværksmøder", description: "", principles: [3, 7], ownerId: null, starts: null, due: null, status: "PLANNED",
    });
  });
});

describe("filtering by principle", () => {
  const plan = [activity("a", [1, 3]), activity("b", [3]), activity("c", [8])];

  it("keeps plan order and shows all without a choice", () => {
    expect(activitiesFor(plan, null).map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(activitiesFor(plan, 3).map((a) => a.id)).toEqual(["a", "b"]);
    expect(activitiesFor(plan, 5)).toEqual([]);
  });

  it("counts an activity once under each of its principles", () => {
    expect([...countByPrinciple(plan)].sort()).toEqual([[1, 1], [3, 2], [8, 1]]);
  });
});

describe("an activity's aim in the form", () => {
  it("starts from the figure the activity already aims at", () => {
    expect(draftOf({ ...activity("a", [1]), aimFigure: "STAIRCASE_STEP", aimStepId: "sel-85" }).aim).toBe("STAIRCASE_STEP:sel-85");
    expect(draftOf(activity("b", [1])).aim).toBe("");
  });
});
