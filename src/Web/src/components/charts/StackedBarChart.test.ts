import { describe, expect, it } from "vitest";
import { largestTotal, stack } from "./StackedBarChart";

const series = [
  { name: "Afspejlet", values: [2, 0, null] },
  { name: "Delvist", values: [1, 0, 4] },
  { name: "Ikke afspejlet", values: [3, 0, 1] },
];

describe("stacked bars", () => {
  it("start each part where the one before it ends, leaving out empty and missing parts", () => {
    expect(stack(series, 0)).toEqual([
      { series: 0, start: 0, value: 2 },
      { series: 1, start: 2, value: 1 },
      { series: 2, start: 3, value: 3 },
    ]);
    expect(stack(series, 1)).toEqual([]);
    expect(stack(series, 2)).toEqual([
      { series: 1, start: 0, value: 4 },
      { series: 2, start: 4, value: 1 },
    ]);
  });

  it("scale to the longest bar's total", () => {
    expect(largestTotal(series, 3)).toBe(6);
    expect(largestTotal([], 0)).toBe(0);
  });
});
