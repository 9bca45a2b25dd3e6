import { describe, expect, it } from "vitest";
import { copenhagenDay } from "./format";

describe("copenhagenDay", () => {
  it("is already tomorrow after 23:00 UTC in winter", () => {
    expect(copenhagenDay(new Date("2026-03-12T22:59:00Z"))).toBe("2026-03-12");
    expect(copenhagenDay(new Date("2026-03-12T23:00:00Z"))).toBe("2026-03-13");
  });

  it("is already tomorrow after 22:00 UTC in summer", () => {
    expect(copenhagenDay(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(copenhagenDay(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});
