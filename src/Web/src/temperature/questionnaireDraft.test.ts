import { describe, expect, it } from "vitest";
import type { TemperatureStatement } from "../api/temperature";
import { draftOf, draftProblem, sameWording, statementsOf } from "./questionnaireDraft";

const titles: Record<number, string> = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((p) => [p, `F${p}`]));
const statements: TemperatureStatement[] = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((p) => [
  { id: `${p}.1`, prerequisite: p, text: `A${p}` },
  { id: `${p}.2`, prerequisite: p, text: `B${p}` },
]);

describe("questionnaire draft", () => {
  it("starts from the current version and publishes nothing new until the wording changes", () => {
    const draft = draftOf(statements);
    expect(draftProblem(draft, titles)).toBeNull();
    expect(sameWording(draft, statements)).toBe(true);
    expect(sameWording({ ...draft, 3: ["A3", "B3 ændret"] }, statements)).toBe(false);
  });

  it("names the prerequisite that has too few, too many or an empty statement", () => {
    const draft = draftOf(statements);
    expect(draftProblem({ ...draft, 2: ["kun én"] }, titles)).toBe("F2 skal have 2–3 udsagn.");
    expect(draftProblem({ ...draft, 5: ["a", "b", "c", "d"] }, titles)).toBe("F5 skal have 2–3 udsagn.");
    expect(draftProblem({ ...draft, 7: ["a", "  "] }, titles)).toBe("Et udsagn under F7 er tomt.");
  });

  it("sends trimmed texts under their prerequisite", () => {
    expect(statementsOf({ 1: [" a "], 2: ["b"] })).toEqual([{ prerequisite: 1, text: "a" }, { prerequisite: 2, text: "b" }]);
  });
});
