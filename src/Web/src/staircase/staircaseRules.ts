import type { AimedActivity, KeyFigure, Staircase, StaircaseStep } from "../api/staircase";
import type { ChartSeries } from "../components/charts/scale";

/** The server's quarter rule: "2026K3", "2026 K3" or "2026-k3" → "2026K3"; null otherwise. */
export function parseQuarter(text: string): string | null {
  const match = /^\s*(\d{4})[\s-]?[Kk]([1-4])\s*$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2100 ? `${year}K${match[2]}` : null;
}

/** "2026K3" → "3. kvt. 2026", as Danish statistics tables write it. */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})K([1-4])$/.exec(quarter);
  return match ? `${match[2]}. kvt. ${match[1]}` : quarter;
}

/** The quarter after the latest one with figures, or the current one: what a new entry most likely is. */
export function suggestedQuarter(quarters: readonly string[], today: Date): string {
  const latest = quarters.at(-1);
  if (!latest) return `${today.getFullYear()}K${Math.floor(today.getMonth() / 3) + 1}`;
  const [year, number] = [Number(latest.slice(0, 4)), Number(latest.slice(5))];
  return number === 4 ? `${year + 1}K1` : `${year}K${number + 1}`;
}

const numberFormat = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const shareFormat = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (value: number) => numberFormat.format(value);
export const formatShare = (value: number) => `${shareFormat.format(value)} %`;
export const formatKroner = (value: number) => `${numberFormat.format(value)} kr.`;
/** Millions, where full kroner would not fit beside a bar. */
export const formatMillions = (value: number) => `${shareFormat.format(value / 1_000_000)} mio.`;

/** Steps from the top of the staircase down, so a chart reads like the staircase itself. */
export function topDown(steps: readonly StaircaseStep[]): StaircaseStep[] {
  return [...steps].sort((a, b) => b.position - a.position);
}

/** One series per quarter with counts, one value per step (top down); null where the quarter has no count for the step. */
export function countSeries(staircase: Staircase): { categories: string[]; series: ChartSeries[] } {
  const steps = topDown(staircase.steps);
  const quarters = staircase.quarters.filter((q) => q.counts.length > 0);
  return {
    categories: steps.map((s) => s.name),
    series: quarters.map((q) => ({
      name: quarterLabel(q.quarter),
      values: steps.map((s) => q.counts.find((c) => c.stepId === s.id)?.count ?? null),
    })),
  };
}

/** Expenditure in kroner per step with any (top down), one series per quarter that has any. */
export function expenditureSeries(staircase: Staircase): { categories: string[]; series: ChartSeries[] } {
  const steps = topDown(staircase.steps).filter((s) => staircase.quarters.some((q) => q.expenditure.some((e) => e.stepId === s.id)));
  const quarters = staircase.quarters.filter((q) => q.expenditure.length > 0);
  return {
    categories: steps.map((s) => s.name),
    series: quarters.map((q) => ({
      name: quarterLabel(q.quarter),
      values: steps.map((s) => q.expenditure.find((e) => e.stepId === s.id)?.amount ?? null),
    })),
  };
}

export type Direction = "down" | "up";

/** Down the staircase is towards an ordinary everyday life: the direction the restructuring aims for. */
export function direction(steps: readonly StaircaseStep[], fromStepId: string, toStepId: string): Direction {
  const position = (id: string) => steps.find((s) => s.id === id)?.position ?? 0;
  return position(toStepId) < position(fromStepId) ? "down" : "up";
}

export const directionLabels: Record<Direction, string> = { down: "ned ad trappen", up: "op ad trappen" };

export const keyFigureLabels: Record<KeyFigure, string> = {
  EDUCATION_OR_EMPLOYMENT: "Andel i uddannelse eller beskæftigelse",
  READMISSIONS: "Andel psykiatriske genindlæggelser",
  EXPENDITURE: "Udgifter pr. ydelsestype",
  STAIRCASE_STEP: "Borgere på et trin i indsatstrappen",
};

export function aimsAt(activities: readonly AimedActivity[], figure: KeyFigure): AimedActivity[] {
  return activities.filter((a) => a.figure === figure);
}

/** What an activity aims at, as one value of a select: "", "READMISSIONS", "STAIRCASE_STEP:sel-85". */
export function encodeAim(figure: KeyFigure | null, stepId: string | null): string {
  if (!figure) return "";
  return stepId ? `${figure}:${stepId}` : figure;
}

export function decodeAim(value: string): { figure: KeyFigure; stepId: string | null } | null {
  if (!value) return null;
  const [figure, stepId] = value.split(":", 2) as [KeyFigure, string | undefined];
  return figure in keyFigureLabels ? { figure, stepId: stepId ?? null } : null;
}

/** The mutation's figure and step for an encoded aim; none clears it. */
export function aimInput(aim: string): { figure: KeyFigure | null; stepId: string | null } {
  const decoded = decodeAim(aim);
  return { figure: decoded?.figure ?? null, stepId: decoded?.stepId ?? null };
}

/** The figure in words, with the step's name where it names one. */
export function aimLabel(figure: KeyFigure, stepId: string | null, steps: readonly StaircaseStep[]): string {
  const step = stepId ? (steps.find((s) => s.id === stepId)?.name ?? stepId) : null;
  if (figure === "STAIRCASE_STEP") return `Borgere på trinnet ${step ?? ""}`.trim();
  if (figure === "EXPENDITURE" && step) return `Udgifter til ${step}`;
  return keyFigureLabels[figure];
}

/** A percent as typed in Danish ("23,4"), or null for empty; NaN for anything else. */
export function parseShare(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d{1,3}([.,]\d)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}

/** A whole number as typed, with Danish thousands dots allowed ("1.500.000"); NaN for anything else. */
export function parseWhole(text: string): number {
  const trimmed = text.trim().replace(/\./g, "");
  return /^\d{1,12}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A step id made from its name: "Peerstøtte i § 85" → "peerstoette-i-85". */
export function stepIdFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
