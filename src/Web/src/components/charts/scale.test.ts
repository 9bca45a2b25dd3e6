import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { largestValue, linear, niceMax, ticks } from "./scale";

describe("chart scales", () => {
  it("rounds the axis up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMax(4.2)).toBe(5);
    expect(niceMax(5)).toBe(5);
    expect(niceMax(130)).toBe(200);
    expect(niceMax(0)).toBe(1);
  });

  it("never puts a value above the axis", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (value) => {
        const max = niceMax(value);
        return max >= value && max / value <= 10;
      }),
    );
  });

  it("clamps values outside the axis to its ends", () => {
    const x = linear(5, 100);
    expect(x(2.5)).toBe(50);
    expect(x(-3)).toBe(0);
    expect(x(9)).toBe(100);
  });

  it("spaces ticks evenly from zero to the top", () => {
    expect(ticks(5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("ignores missing figures when finding the largest value", () => {
    expect(largestValue([{ name: "a", values: [null, 3] }, { name: "b", values: [7, null] }])).toBe(7);
    expect(largestValue([{ name: "a", values: [null] }])).toBe(0);
  });
});
