import { describe, expect, it } from "vitest";
import { matchRoute } from "../router";
import { periodLabel, scoreText } from "./citizenMeasures";

describe("citizen measures", () => {
  it("says a quarter as people say it", () => {
    expect(periodLabel("2026-Q4")).toBe("4. kvartal 2026");
  });

  it("says why a form has no score", () => {
    expect(scoreText({ score: null, missing: 2 })).toBe("Ikke scoret: 2 udsagn mangler svar");
    expect(scoreText({ score: 52, missing: 0 })).toBe("52");
  });

  it("routes the staff page and the citizen's page", () => {
    expect(matchRoute("/kommuner/657/borgermaal")).toEqual({ name: "citizenMeasures", code: "657" });
    expect(matchRoute("/borger")).toEqual({ name: "citizen" });
  });
});
