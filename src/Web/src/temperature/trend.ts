import type { ChartSeries } from "../components/charts/scale";
import type { PrerequisiteResult, TemperatureRoundSummary } from "../api/temperature";

export interface Trend {
  /** One label per closed round, oldest first. */
  categories: string[];
  series: ChartSeries[];
}

/** The mean of the prerequisites' means that have one; null when none has. */
export function overallMean(results: readonly PrerequisiteResult[]): number | null {
  const means = results.map((r) => r.mean).filter((m): m is number => m !== null);
  return means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length;
}

/**
 * One prerequisite's mean across the closed rounds beside the mean over all eight, so the chosen
 * line reads against the whole. Open rounds have no results yet and are left out.
 */
export function trendOf(rounds: readonly TemperatureRoundSummary[], prerequisite: number, title: string, label: (round: TemperatureRoundSummary) => string): Trend {
  const closed = rounds.filter((r) => r.closedAt !== null).sort((a, b) => a.closedAt!.localeCompare(b.closedAt!));
  return {
    categories: closed.map(label),
    series: [
      { name: title, values: closed.map((r) => r.results.find((x) => x.prerequisite.number === prerequisite)?.mean ?? null) },
      { name: "Gennemsnit af alle otte", values: closed.map((r) => overallMean(r.results)) },
    ],
  };
}

/** The prerequisites with the lowest mean first: where a plan item is most likely needed. */
export function weakestFirst(results: readonly PrerequisiteResult[]): PrerequisiteResult[] {
  return [...results].sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || a.prerequisite.number - b.prerequisite.number);
}

/** Says in words what the line does from the first closed round to the last. */
export function trendSentence(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return "";
  const change = known[known.length - 1]! - known[0]!;
  if (Math.abs(change) < 0.05) return "Uændret fra første til seneste måling.";
  return `${change > 0 ? "Steget" : "Faldet"} ${Math.abs(change).toLocaleString("da-DK", { maximumFractionDigits: 1 })} fra første til seneste måling.`;
}
