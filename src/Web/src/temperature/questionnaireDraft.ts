import type { TemperatureStatement } from "../api/temperature";

export const MIN_STATEMENTS = 2;
export const MAX_STATEMENTS = 3;
export const STATEMENT_MAX = 300;

/** The coordinator's draft of the next version: statement texts per prerequisite 1–8. */
export type Draft = Record<number, string[]>;

export function draftOf(statements: readonly TemperatureStatement[]): Draft {
  const draft: Draft = {};
  for (let p = 1; p <= 8; p++) draft[p] = statements.filter((s) => s.prerequisite === p).map((s) => s.text);
  return draft;
}

/** What keeps the draft from being published, in Danish, or null when it can be. */
export function draftProblem(draft: Draft, titles: Record<number, string>): string | null {
  for (let p = 1; p <= 8; p++) {
    const texts = draft[p] ?? [];
    if (texts.length < MIN_STATEMENTS || texts.length > MAX_STATEMENTS)
      return `${titles[p]} skal have ${MIN_STATEMENTS}–${MAX_STATEMENTS} udsagn.`;
    if (texts.some((t) => t.trim() === "")) return `Et udsagn under ${titles[p]} er tomt.`;
  }
  return null;
}

/** True when the draft words the statements exactly as the current version does: publishing would change nothing. */
export function sameWording(draft: Draft, statements: readonly TemperatureStatement[]): boolean {
  const current = draftOf(statements);
  return Object.keys(current).every((p) => {
    const a = current[Number(p)] ?? [];
    const b = (draft[Number(p)] ?? []).map((t) => t.trim());
    return a.length === b.length && a.every((t, i) => t === b[i]);
  });
}

export function statementsOf(draft: Draft): { prerequisite: number; text: string }[] {
  return Object.entries(draft).flatMap(([p, texts]) => texts.map((text) => ({ prerequisite: Number(p), text: text.trim() })));
}
