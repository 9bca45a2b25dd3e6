import { describe, expect, it } from "vitest";
import type { Staircase } from "../api/staircase";
import {
  aimInput,
  aimLabel,
  countSeries,
  decodeAim,
  direction,
  encodeAim,
  parseQuarter,
  parseShare,
  parseWhole,
  quarterLabel,
  stepIdFrom,
  suggestedQuarter,
} from "./staircaseRules";

const steps = [
  { id: "civilsamfund", name: "Civilsamfund", position: 0 },
  { id: "sel-85", name: "§ 85 Bostøtte", position: 1 },
  { id: "sel-108", name: "§ 108 Botilbud", position: 2 },
];

describe("quarters", () => {
  it("are read as the server reads them and shown the Danish way", () => {
    expect(parseQuarter("2026k3")).toBe("2026K3");
    expect(parseQuarter(" 2026-K1 ")).toBe("2026K1");
    expect(parseQuarter("2026-Q3")).toBeNull();
    expect(parseQuarter("2026K5")).toBeNull();
    expect(parseQuarter("1999K1")).toBeNull();
    expect(quarterLabel("2026K3")).toBe("3. kvt. 2026");
  });

  it("suggest the quarter after the latest one, across the turn of the year", () => {
    expect(suggestedQuarter(["2025K3", "2025K4"], new Date(2026, 0, 1))).toBe("2026K1");
    expect(suggestedQuarter([], new Date(2026, 7, 1))).toBe("2026K3");
  });
});

describe("the staircase chart", () => {
  it("has the top step first and a gap where a quarter has no count", () => {
    const staircase: Staircase = {
      version: 3,
      steps,
      movements: [],
      aimedActivities: [],
      quarters: [
        { quarter: "2026K1", counts: [{ stepId: "sel-85", count: 40 }, { stepId: "sel-108", count: 9 }], educationOrEmploymentShare: null, readmissionShare: null, expenditure: [] },
        { quarter: "2026K2", counts: [], educationOrEmploymentShare: 20, readmissionShare: null, expenditure: [] },
      ],
    };
    const { categories, series } = countSeries(staircase);
    expect(categories).toEqual(["§ 108 Botilbud", "§ 85 Bostøtte", "Civilsamfund"]);
    expect(series).toEqual([{ name: "1. kvt. 2026", values: [9, 40, null] }]);
  });
});

describe("movements", () => {
  it("down the staircase go to a lower step", () => {
    expect(direction(steps, "sel-108", "sel-85")).toBe("down");
    expect(direction(steps, "civilsamfund", "sel-85")).toBe("up");
  });
});

describe("an activity's aim", () => {
  it("survives the round trip through a select value", () => {
    expect(decodeAim(encodeAim("STAIRCASE_STEP", "sel-85"))).toEqual({ figure: "STAIRCASE_STEP", stepId: "sel-85" });
    expect(decodeAim(encodeAim("READMISSIONS", null))).toEqual({ figure: "READMISSIONS", stepId: null });
    expect(decodeAim("")).toBeNull();
    expect(decodeAim("SOMETHING_ELSE")).toBeNull();
  });

  it("becomes the mutation's figure and step, or nothing to clear it", () => {
    expect(aimInput("EXPENDITURE:sel-108")).toEqual({ figure: "EXPENDITURE", stepId: "sel-108" });
    expect(aimInput("")).toEqual({ figure: null, stepId: null });
  });

  it("is told with the step's name", () => {
    expect(aimLabel("STAIRCASE_STEP", "sel-85", steps)).toBe("Borgere på trinnet § 85 Bostøtte");
    expect(aimLabel("EXPENDITURE", null, steps)).toBe("Udgifter pr. ydelsestype");
  });
});

describe("typed numbers", () => {
  it("accept Danish decimal commas and thousands dots and refuse the rest", () => {
    expect(parseShare("23,4")).toBe(23.4);
    expect(parseShare("")).toBeNull();
    expect(parseShare("23,45")).toBeNaN();
    expect(parseWhole("1.500.000")).toBe(1_500_000);
    expect(parseWhole("-3")).toBeNaN();
    expect(parseWhole("12a")).toBeNaN();
  });

  it("make a step id from a Danish name", () => {
    expect(stepIdFrom("Peerstøtte i § 85")).toBe("peerstoette-i-85");
    expect(stepIdFrom("Åben rådgivning")).toBe("aaben-raadgivning");
  });
});
