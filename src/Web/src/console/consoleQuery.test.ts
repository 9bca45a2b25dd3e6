import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MunicipalityRow } from "../api/nationalProgress";
import type { ProgrammePhase } from "../api/types";
import { programmePhases } from "../labels";
import {
  citizenCount,
  consoleSearch,
  DEFAULT_SORT,
  municipalityProgressPath,
  nationalExportQuery,
  nextSort,
  parseConsoleView,
  sortKeys,
  sortRows,
  type ConsoleView,
} from "./consoleQuery";
import { matchRoute } from "../router";
import { REGION_NAMES } from "./regions";

const row = (name: string, over: Partial<MunicipalityRow> = {}): MunicipalityRow => ({
  code: name,
  name,
  region: "Midtjylland",
  phase: "START_UP",
  phaseTitle: "Opstart",
  joinedAt: "2026-01-01",
  checklistDone: 0,
  checklistTotal: 5,
  lastTemperatureRound: null,
  actions: { planned: 0, inProgress: 0, onHold: 0, done: 0, overdue: 0, total: 0 },
  workshops: { planned: 0, held: 0, lastHeldAt: null },
  participants: [],
  citizensTakePart: false,
  ...over,
});

const mean = (value: number | null) => ({ closedAt: "2026-05-01", questionnaireVersion: 1, respondents: 3, mean: value, results: [] });

const views = fc.record<ConsoleView>({
  region: fc.option(fc.constantFrom(...REGION_NAMES), { nil: null }),
  phase: fc.option(fc.constantFrom<ProgrammePhase>(...programmePhases), { nil: null }),
  sort: fc.record({ key: fc.constantFrom(...sortKeys), descending: fc.boolean() }, { noNullPrototype: true }),
}, { noNullPrototype: true });

describe("the console's address", () => {
  it("reads back every view it writes", () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(parseConsoleView(consoleSearch(view))).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it("is empty for the default view, so the plain link stays plain", () => {
    expect(consoleSearch({ region: null, phase: null, sort: DEFAULT_SORT })).toBe("");
  });

  it("keeps Danish letters in a region name", () => {
    const search = consoleSearch({ region: "Sjælland", phase: "ANALYSIS", sort: { key: "forsinket", descending: true } });
    expect(search).toBe("?region=Sj%C3%A6lland&fase=ANALYSIS&sorter=-forsinket");
    expect(parseConsoleView(search).region).toBe("Sjælland");
  });

  it("falls back to no filter for an unknown region, phase or column", () => {
    expect(parseConsoleView("?region=Skåne&fase=DONE&sorter=navn")).toEqual({ region: null, phase: null, sort: DEFAULT_SORT });
    expect(parseConsoleView("?region=&fase=")).toEqual({ region: null, phase: null, sort: DEFAULT_SORT });
  });

  it("never throws on any query string", () => {
    fc.assert(fc.property(fc.string(), (text) => void parseConsoleView(text)), { numRuns: 300 });
  });

  it("gives the export the server's own parameter names", () => {
    expect(nationalExportQuery({ region: "Nordjylland", phase: "REPORTING" })).toBe("?region=Nordjylland&phase=REPORTING");
    expect(nationalExportQuery({ region: null, phase: null })).toBe("");
  });

  it("leads to the console and to a drill-down, and back again", () => {
    expect(matchRoute("/koordinator")).toEqual({ name: "nationalConsole" });
    expect(matchRoute("/koordinator/")).toEqual({ name: "nationalConsole" });
    expect(municipalityProgressPath("657")).toBe("/koordinator/kommuner/657");
    expect(matchRoute(municipalityProgressPath("a/b"))).toEqual({ name: "municipalityProgress", code: "a/b" });
    expect(matchRoute("/koordinator/kommuner/657/x")).toEqual({ name: "notFound" });
    expect(matchRoute("/koordinator/kommuner/%E0%A4%A")).toEqual({ name: "notFound" });
  });
});

describe("sorting the table", () => {
  it("turns the order round on the same column and starts ascending on another", () => {
    expect(nextSort({ key: "fase", descending: false }, "fase")).toEqual({ key: "fase", descending: true });
    expect(nextSort({ key: "fase", descending: true }, "region")).toEqual({ key: "region", descending: false });
  });

  it("orders names the Danish way, with Æ, Ø and Å after Z", () => {
    const names = sortRows([row("Århus"), row("Ærø"), row("Odder"), row("Aabenraa"), row("Zealand")], DEFAULT_SORT).map((r) => r.name);
    // Danish collation treats "Aa" as "Å", so Aabenraa comes last with Århus.
    expect(names.slice(0, 3)).toEqual(["Odder", "Zealand", "Ærø"]);
  });

  it("orders phases by the programme, not the alphabet", () => {
    const rows = [row("A", { phase: "REPORTING" }), row("B", { phase: "START_UP" }), row("C", { phase: "ANALYSIS" })];
    expect(sortRows(rows, { key: "fase", descending: false }).map((r) => r.name)).toEqual(["B", "C", "A"]);
  });

  it("puts rows without a temperature last in both directions", () => {
    const rows = [row("A", { lastTemperatureRound: null }), row("B", { lastTemperatureRound: mean(2) }), row("C", { lastTemperatureRound: mean(4) })];
    expect(sortRows(rows, { key: "temperatur", descending: false }).map((r) => r.name)).toEqual(["B", "C", "A"]);
    expect(sortRows(rows, { key: "temperatur", descending: true }).map((r) => r.name)).toEqual(["C", "B", "A"]);
  });

  it("keeps every row, and descending is ascending reversed apart from ties and missing figures", () => {
    const rows = fc.array(
      fc.record({ name: fc.string({ minLength: 1, maxLength: 6 }), overdue: fc.nat(5), done: fc.nat(5) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(rows, fc.constantFrom(...sortKeys), (specs, key) => {
        const input = specs.map((s, i) =>
          row(s.name, { code: String(i), checklistDone: s.done, actions: { planned: 0, inProgress: 0, onHold: 0, done: 0, overdue: s.overdue, total: s.overdue } }),
        );
        const up = sortRows(input, { key, descending: false });
        const down = sortRows(input, { key, descending: true });
        expect(up.map((r) => r.code).sort()).toEqual(input.map((r) => r.code).sort());
        if (key === "forsinket") {
          const values = up.map((r) => r.actions.overdue);
          expect(values).toEqual([...values].sort((a, b) => a - b));
          expect(down.map((r) => r.actions.overdue)).toEqual([...values].reverse());
        }
      }),
      { numRuns: 200 },
    );
  });

  it("counts citizens, relatives and peer workers as citizens taking part, not staff", () => {
    expect(
      citizenCount({
        participants: [
          { role: "CITIZEN", label: "Borger", count: 2 },
          { role: "RELATIVE", label: "Pårørende", count: 1 },
          { role: "PEER_WORKER", label: "Peermedarbejder", count: 1 },
          { role: "STAFF", label: "Medarbejder", count: 7 },
        ],
      }),
    ).toBe(4);
  });
});
