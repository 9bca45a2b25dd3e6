import type { PhaseCount, ProgressQuarter, RoleCount } from "../api/nationalProgress";
import type { ChartSeries } from "../components/charts/scale";

const oneDecimal = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A temperature mean on the 0–5 scale as "3,4"; "–" where nobody answered. */
export function formatMean(mean: number | null | undefined): string {
  return mean === null || mean === undefined || !Number.isFinite(mean) ? "–" : oneDecimal.format(mean);
}

/** "3 af 5", read the same by eye and by screen reader. */
export function checklistText(done: number, total: number): string {
  return `${done} af ${total}`;
}

/** "Borger 2, Pårørende 1" with the server's labels; never names. */
export function rolesText(roles: readonly RoleCount[]): string {
  return roles.filter((r) => r.count > 0).map((r) => `${r.label} ${r.count}`).join(", ") || "Ingen";
}

/** Only the phases someone is in: "Opstart 2, Analyse 1"; "Ingen" when none. */
export function phasesText(phases: readonly PhaseCount[]): string {
  return phases.filter((p) => p.count > 0).map((p) => `${p.title} ${p.count}`).join(", ") || "Ingen";
}

/** The server's quarter key "2026K3" as "3. kvt. 2026"; anything else is shown as it came. */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})K([1-4])$/.exec(quarter);
  return match ? `${match[2]}. kvt. ${match[1]}` : quarter;
}

export interface TrendCharts {
  categories: string[];
  /** Counts of municipalities and workshops: joined (cumulative) and workshops held per quarter. */
  activity: ChartSeries[];
  /** Actions finished per quarter: their own chart, as they run to hundreds where the others stay near a hundred. */
  actions: ChartSeries[];
  /** The national mean on the 0–5 scale: its own chart, as a count axis would flatten it. */
  temperature: ChartSeries[];
}

export function trendCharts(quarters: readonly ProgressQuarter[]): TrendCharts {
  return {
    categories: quarters.map((q) => quarterLabel(q.quarter)),
    activity: [
      { name: "Tilmeldte kommuner", values: quarters.map((q) => q.joined) },
      { name: "Afholdte workshops", values: quarters.map((q) => q.workshopsHeld) },
    ],
    actions: [{ name: "Færdige handlinger", values: quarters.map((q) => q.actionsDone) }],
    temperature: [{ name: "Gennemsnitlig temperatur", values: quarters.map((q) => q.temperatureMean) }],
  };
}
