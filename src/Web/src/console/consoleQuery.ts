import type { MunicipalityRow, RoleCount } from "../api/nationalProgress";
import type { ProgrammePhase } from "../api/types";
import { programmePhases } from "../labels";
import { REGION_NAMES } from "./regions";

/** The table's sortable columns, named as in the address ("?sorter=-forsinket"). */
export const sortKeys = ["kommune", "region", "fase", "tjekliste", "temperatur", "forsinket", "workshops", "borgere"] as const;
export type SortKey = (typeof sortKeys)[number];

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** What the console shows, kept in the address so a filtered view can be linked. */
export interface ConsoleView {
  region: string | null;
  phase: ProgrammePhase | null;
  sort: Sort;
}

export const DEFAULT_SORT: Sort = { key: "kommune", descending: false };

export const NATIONAL_CONSOLE_PATH = "/koordinator";

/**
 * Reads the address's query string. Anything unknown (an old link, a typo) falls back to the
 * unfiltered default rather than an error, so a link can never show an empty page by accident.
 */
export function parseConsoleView(search: string): ConsoleView {
  const params = new URLSearchParams(search);
  const region = params.get("region");
  const phase = params.get("fase");
  const sort = params.get("sorter") ?? "";
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  return {
    region: region !== null && REGION_NAMES.includes(region) ? region : null,
    phase: programmePhases.find((p) => p === phase) ?? null,
    sort: isSortKey(key) ? { key, descending } : DEFAULT_SORT,
  };
}

function isSortKey(key: string): key is SortKey {
  return (sortKeys as readonly string[]).includes(key);
}

/** The query string for a view, "" for the default view; the inverse of parseConsoleView. */
export function consoleSearch(view: ConsoleView): string {
  const params = new URLSearchParams();
  if (view.region) params.set("region", view.region);
  if (view.phase) params.set("fase", view.phase);
  if (view.sort.key !== DEFAULT_SORT.key || view.sort.descending !== DEFAULT_SORT.descending)
    params.set("sorter", `${view.sort.descending ? "-" : ""}${view.sort.key}`);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function nationalConsolePath(view: ConsoleView): string {
  return NATIONAL_CONSOLE_PATH + consoleSearch(view);
}

export function municipalityProgressPath(code: string): string {
  return `${NATIONAL_CONSOLE_PATH}/kommuner/${encodeURIComponent(code)}`;
}

/** The export's own parameters (the server's names, not the address's), with the console's filters. */
export function nationalExportQuery(view: Pick<ConsoleView, "region" | "phase">): string {
  const params = new URLSearchParams();
  if (view.region) params.set("region", view.region);
  if (view.phase) params.set("phase", view.phase);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Clicking the sorted column's header turns the order round; another column starts ascending. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

const collator = new Intl.Collator("da");

type Value = string | number | null;

function sortValue(row: MunicipalityRow, key: SortKey): Value {
  switch (key) {
    case "kommune":
      return row.name;
    case "region":
      return row.region;
    case "fase":
      return programmePhases.indexOf(row.phase);
    case "tjekliste":
      return row.checklistDone;
    case "temperatur":
      return row.lastTemperatureRound?.mean ?? null;
    case "forsinket":
      return row.actions.overdue;
    case "workshops":
      return row.workshops.held;
    case "borgere":
      return citizenCount(row);
  }
}

const CITIZEN_ROLES = new Set(["CITIZEN", "RELATIVE", "PEER_WORKER"]);

/** The roles that count as citizens taking part: citizens, relatives and peer workers. */
export function citizenParticipants(row: Pick<MunicipalityRow, "participants">): RoleCount[] {
  return row.participants.filter((p) => CITIZEN_ROLES.has(p.role));
}

/** People in the groups who take part as citizens, relatives or peer workers. */
export function citizenCount(row: Pick<MunicipalityRow, "participants">): number {
  return citizenParticipants(row).reduce((sum, p) => sum + p.count, 0);
}

function compare(a: Value, b: Value): number {
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
  return (a as number) - (b as number);
}

/**
 * Rows in the chosen order, ties by Danish name (æ, ø, å last). A row without a figure (no closed
 * temperature round) goes last in either direction: "no figure" is not a low figure.
 */
export function sortRows(rows: readonly MunicipalityRow[], sort: Sort): MunicipalityRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = sortValue(x, sort.key);
    const b = sortValue(y, sort.key);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const order = compare(a, b);
      if (order !== 0) return sign * order;
    }
    return collator.compare(x.name, y.name) || x.code.localeCompare(y.code);
  });
}
