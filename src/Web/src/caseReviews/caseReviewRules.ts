import type { CaseJudgement, PrincipleTally } from "../api/caseReviews";

/** The server's limits, repeated so the form can say them before a round trip. */
export const REFERENCE_MAX = 20;
export const NOTE_MAX = 1000;

export const judgementLabels: Record<CaseJudgement, string> = {
  REFLECTED: "Afspejlet",
  PARTLY: "Delvist",
  NOT_REFLECTED: "Ikke afspejlet",
};

export const judgements = Object.keys(judgementLabels) as CaseJudgement[];

/** Roles whose work is case work: only they see and judge the cases (the server decides; this only hides what would be refused). */
export const CASE_WORK_ROLES = new Set(["tovholder", "strategic-leader", "professional-leader", "staff", "case-handler", "peer-worker"]);

/**
 * The same first checks the server makes on a case reference, so the common mistakes are said at
 * once: a name (no digit), odd characters, too long. The server also refuses CPR numbers and is
 * the one that counts.
 */
export function referenceProblem(reference: string): string | null {
  const value = reference.trim();
  if (value === "") return 'Skriv sagens lokale reference, fx "Sag 3".';
  if (value.length > REFERENCE_MAX) return `Referencen må højst være ${REFERENCE_MAX} tegn (er ${value.length}).`;
  if (!/^[\p{L}0-9 ./-]+$/u.test(value)) return "Referencen må kun have bogstaver, tal, mellemrum og tegnene - . /";
  if (!/[0-9]/.test(value)) return 'Referencen skal have mindst ét tal, fx "Sag 3": skriv aldrig borgerens navn.';
  return null;
}

/** "2 af 3 (67 %)", or "ikke vurderet" when no case was judged on the principle. */
export function shareText(tally: PrincipleTally): string {
  if (tally.judged === 0 || tally.shareReflected === null) return "ikke vurderet";
  return `${tally.reflected} af ${tally.judged} (${Math.round(tally.shareReflected * 100)} %)`;
}

/** The results as chart series: one stacked segment per judgement, in the scale's order. */
export function resultSeries(results: readonly PrincipleTally[]) {
  return [
    { name: judgementLabels.REFLECTED, values: results.map((r) => r.reflected) },
    { name: judgementLabels.PARTLY, values: results.map((r) => r.partly) },
    { name: judgementLabels.NOT_REFLECTED, values: results.map((r) => r.notReflected) },
  ];
}

/** The principle with the lowest share reflected among those judged, as the chart's text summary names it. */
export function weakestPrinciple(results: readonly PrincipleTally[]): PrincipleTally | null {
  return results.filter((r) => r.judged > 0).reduce<PrincipleTally | null>(
    (weakest, r) => (weakest === null || (r.shareReflected ?? 0) < (weakest.shareReflected ?? 0) ? r : weakest),
    null,
  );
}
