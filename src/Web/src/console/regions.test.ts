import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegionProgress } from "../api/nationalProgress";
import { programmePhases } from "../labels";
import { checklistText, formatMean, phasesText, quarterLabel, rolesText, trendCharts } from "./consoleFormat";
import { countryTotals, phasesInOrder, REGION_NAMES, regionTiles } from "./regions";

const region = (name: string, over: Partial<RegionProgress> = {}): RegionProgress => ({
  region: name,
  municipalities: 10,
  participating: 2,
  phases: [{ phase: "ANALYSIS", title: "Analyse", count: 2 }],
  actions: { planned: 1, inProgress: 1, onHold: 0, done: 1, overdue: 1, total: 3 },
  workshopsHeld: 3,
  citizensTakePart: 1,
  temperatureMean: 3.25,
  ...over,
});

describe("the region map", () => {
  it("always shows the five regions in map order, with zeros for one the server left out", () => {
    const tiles = regionTiles([region("Hovedstaden"), region("Nordjylland")]);
    expect(tiles.map((t) => t.region)).toEqual(["Nordjylland", "Midtjylland", "Syddanmark", "Sjælland", "Hovedstaden"]);
    const midt = tiles[1]!;
    expect(midt.participating).toBe(0);
    expect(midt.temperatureMean).toBeNull();
    expect(midt.phases.map((p) => p.count)).toEqual([0, 0, 0, 0]);
  });

  it("ignores a region that is not one of the five", () => {
    expect(regionTiles([region("Skåne")]).map((t) => t.region)).toEqual(REGION_NAMES);
  });

  it("lists every phase once in programme order", () => {
    const phases = phasesInOrder([
      { phase: "REPORTING", title: "Afrapportering og formidling", count: 1 },
      { phase: "START_UP", title: "Opstart", count: 4 },
    ]);
    expect(phases.map((p) => p.phase)).toEqual(programmePhases);
    expect(phases.map((p) => p.count)).toEqual([4, 0, 0, 1]);
  });

  it("sums the regions to the country's totals", () => {
    const counts = fc.record({ participating: fc.nat(30), overdue: fc.nat(50), citizens: fc.nat(30), held: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(counts, { minLength: 5, maxLength: 5 }), (specs) => {
        const regions = specs.map((s, i) =>
          region(REGION_NAMES[i]!, {
            participating: s.participating,
            citizensTakePart: s.citizens,
            workshopsHeld: s.held,
            actions: { planned: 0, inProgress: 0, onHold: 0, done: 0, overdue: s.overdue, total: s.overdue },
          }),
        );
        const totals = countryTotals(regionTiles(regions));
        const sum = (f: (s: (typeof specs)[number]) => number) => specs.reduce((n, s) => n + f(s), 0);
        expect(totals.participating).toBe(sum((s) => s.participating));
        expect(totals.overdue).toBe(sum((s) => s.overdue));
        expect(totals.citizensTakePart).toBe(sum((s) => s.citizens));
        expect(totals.workshopsHeld).toBe(sum((s) => s.held));
      }),
      { numRuns: 200 },
    );
  });
});

describe("console texts", () => {
  it("writes means with one decimal and a dash where nobody answered", () => {
    expect(formatMean(3.25)).toBe("3,3");
    expect(formatMean(4)).toBe("4,0");
    expect(formatMean(null)).toBe("–");
    expect(formatMean(Number.NaN)).toBe("–");
  });

  it("says the checklist in words", () => {
    expect(checklistText(3, 5)).toBe("3 af 5");
  });

  it("lists roles and phases with counts, and says so when there are none", () => {
    expect(rolesText([{ role: "CITIZEN", label: "Borger", count: 2 }, { role: "STAFF", label: "Medarbejder", count: 0 }])).toBe("Borger 2");
    expect(rolesText([])).toBe("Ingen");
    expect(phasesText([{ phase: "ANALYSIS", title: "Analyse", count: 0 }])).toBe("Ingen");
  });

  it("names quarters in Danish", () => {
    expect(quarterLabel("2026K3")).toBe("3. kvt. 2026");
    expect(quarterLabel("2026-3")).toBe("2026-3");
  });

  it("splits the trends into counts and the 0–5 temperature, one value per quarter", () => {
    const charts = trendCharts([
      { quarter: "2026K1", joined: 1, workshopsHeld: 0, temperatureRounds: 0, temperatureMean: null, actionsDone: 0 },
      { quarter: "2026K2", joined: 3, workshopsHeld: 2, temperatureRounds: 1, temperatureMean: 3.1, actionsDone: 5 },
    ]);
    expect(charts.categories).toEqual(["1. kvt. 2026", "2. kvt. 2026"]);
    expect(charts.activity.map((s) => s.values)).toEqual([[1, 3], [0, 2]]);
    expect(charts.actions.map((s) => s.values)).toEqual([[0, 5]]);
    expect(charts.temperature[0]!.values).toEqual([null, 3.1]);
  });
});
