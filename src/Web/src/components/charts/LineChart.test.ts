import { describe, expect, it } from "vitest";
import { labelEvery, segments } from "./LineChart";

describe("line segments", () => {
  it("break where a period has no figure, so no slope is drawn that was never measured", () => {
    expect(segments([1, 2, null, 4, 5, null])).toEqual([[0, 1], [3, 4]]);
    expect(segments([null, null])).toEqual([]);
    expect(segments([3])).toEqual([[0]]);
  });
});

describe("period labels", () => {
  it("are all shown when there is room, and thinned from the latest back when they would overlap", () => {
    expect(labelEvery(["Forår 2026", "Efterår 2026"], 568)).toBe(1);
    const quarters = ["1. kvt. 2025", "2. kvt. 2025", "3. kvt. 2025", "4. kvt. 2025", "1. kvt. 2026", "2. kvt. 2026", "3. kvt. 2026", "4. kvt. 2026"];
    const every = labelEvery(quarters, 568 / 7);
    expect(every).toBe(2);
    // Labels every `every` steps stay at least one and a half label widths apart.
    expect(every * (568 / 7)).toBeGreaterThanOrEqual(1.5 * 12 * 7);
    expect(labelEvery(["K1"], 0)).toBe(1);
  });
});
