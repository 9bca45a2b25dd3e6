import { describe, expect, it } from "vitest";
import { segments } from "./LineChart";

describe("line segments", () => {
  it("break where a period has no figure, so no slope is drawn that was never measured", () => {
    expect(segments([1, 2, null, 4, 5, null])).toEqual([[0, 1], [3, 4]]);
    expect(segments([null, null])).toEqual([]);
    expect(segments([3])).toEqual([[0]]);
  });
});
