import { describe, expect, it } from "vitest";
import type { PrerequisiteResult, TemperatureRoundSummary } from "../api/temperature";
import { overallMean, trendOf, trendSentence, weakestFirst } from "./trend";

const result = (number: number, mean: number | null): PrerequisiteResult => ({
  prerequisite: { number, title: `F${number}` },
  respondents: mean === null ? 0 : 3,
  mean,
  spread: null,
  change: null,
});

const round = (id: string, closedAt: string | null, results: PrerequisiteResult[]): TemperatureRoundSummary => ({
  id,
  title: id,
  questionnaireVersion: 1,
  openedAt: "2026-01-01T00:00:00Z",
  closedAt,
  youAreRespondent: false,
  results,
});

describe("temperature trend", () => {
  it("averages only the prerequisites that have a mean", () => {
    expect(overallMean([result(1, 2), result(2, 4), result(3, null)])).toBe(3);
    expect(overallMean([result(1, null)])).toBeNull();
  });

  it("follows the closed rounds oldest first and leaves open rounds out", () => {
    const trend = trendOf(
      [round("efterår", "2026-10-01T00:00:00Z", [result(3, 4)]), round("åben", null, []), round("forår", "2026-04-01T00:00:00Z", [result(3, 2)])],
      3,
      "Ledelse",
      (r) => r.title,
    );
    expect(trend.categories).toEqual(["forår", "efterår"]);
    expect(trend.series[0]).toEqual({ name: "Ledelse", values: [2, 4] });
  });

  it("shows a gap where a round has no answers under the prerequisite", () => {
    const trend = trendOf([round("a", "2026-01-01T00:00:00Z", [result(1, 3)])], 2, "X", (r) => r.title);
    expect(trend.series[0]!.values).toEqual([null]);
  });

  it("puts the weakest prerequisite first and those without answers last", () => {
    expect(weakestFirst([result(1, 3), result(2, null), result(3, 1.5), result(4, 3)]).map((r) => r.prerequisite.number)).toEqual([3, 1, 4, 2]);
  });

  it("says in words how the line moved from the first round to the last", () => {
    expect(trendSentence([2, null, 2.75])).toBe("Steget 0,8 fra første til seneste måling.");
    expect(trendSentence([3, 2])).toBe("Faldet 1 fra første til seneste måling.");
    expect(trendSentence([3, 3.01])).toBe("Uændret fra første til seneste måling.");
    expect(trendSentence([3])).toBe("");
  });
});
