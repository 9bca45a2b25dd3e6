import { describe, expect, it } from "vitest";
import { decidedActions, decisionProblem, emptyAction, type DecisionDraft } from "./decisionRules";

const decision = (actions: DecisionDraft["actions"]): DecisionDraft => ({ title: "Vi prøver peerstøtte", rationale: "", actions });

describe("decisionProblem", () => {
  it("needs the decision itself", () => {
    expect(decisionProblem({ title: " ", rationale: "", actions: [] })).toEqual({ field: "title", message: "Skriv beslutningen." });
  });

  it("ignores untouched rows and accepts a decision with no actions", () => {
    expect(decisionProblem(decision([emptyAction(1), emptyAction(2)]))).toBeNull();
    expect(decidedActions(decision([emptyAction(1)]))).toEqual([]);
  });

  it("names the started row that lacks a title or a principle", () => {
    const rows = [{ ...emptyAction(1), title: "Ansæt peer", principles: [2] }, { ...emptyAction(2), due: "2026-06-01" }];
    expect(decisionProblem(decision(rows))).toEqual({ field: "action-2-title", message: "Skriv handling 2." });
    rows[1] = { ...rows[1]!, title: "Netværksmøde" };
    expect(decisionProblem(decision(rows))?.field).toBe("action-2-principles");
  });

  it("refuses more actions than the server takes at once", () => {
    const rows = Array.from({ length: 21 }, (_, i) => ({ ...emptyAction(i), title: `H${i}`, principles: [1] }));
    expect(decisionProblem(decision(rows))?.message).toMatch(/højst skabe 20 handlinger/);
  });
});

describe("decidedActions", () => {
  it("sends the started rows, trimmed, with empty choices as null", () => {
    const rows = [emptyAction(1), { ...emptyAction(2), title: " Ansæt peer ", principles: [4, 2], ownerId: "p-1" }];
    expect(decidedActions(decision(rows))).toEqual([{ title: "Ansæt peer", principles: [2, 4], ownerId: "p-1", due: null }]);
  });
});
