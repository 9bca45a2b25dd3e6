import type { DecidedAction } from "../api/implementationMutations";
import { IMPLEMENTATION_LIMITS } from "../api/implementationTypes";
import type { FormProblem } from "./activityRules";

/** One repeatable action row of the decision form; `key` keeps React's rows apart. */
export interface ActionDraft {
  key: number;
  title: string;
  principles: number[];
  ownerId: string;
  due: string;
}

export interface DecisionDraft {
  title: string;
  rationale: string;
  actions: ActionDraft[];
}

/** "title", or an action row's field: "action-2-title", "action-2-principles". */
export type DecisionField = "title" | `action-${number}-${"title" | "principles"}`;

export function emptyAction(key: number): ActionDraft {
  return { key, title: "", principles: [], ownerId: "", due: "" };
}

function isBlank(action: ActionDraft): boolean {
  return !action.title.trim() && action.principles.length === 0 && !action.ownerId && !action.due;
}

/** Rows left untouched are not actions; a started row must have a title and a principle. Rows are numbered from 1. */
export function decisionProblem(draft: DecisionDraft): FormProblem<DecisionField> | null {
  if (!draft.title.trim()) return { field: "title", message: "Skriv beslutningen." };
  const actions = draft.actions.filter((a) => !isBlank(a));
  if (actions.length > IMPLEMENTATION_LIMITS.actionsPerDecision)
    return { field: "title", message: `En beslutning kan højst skabe ${IMPLEMENTATION_LIMITS.actionsPerDecision} handlinger ad gangen.` };
  for (const [index, action] of draft.actions.entries()) {
    if (isBlank(action)) continue;
    const n = index + 1;
    if (!action.title.trim()) return { field: `action-${n}-title`, message: `Skriv handling ${n}.` };
    if (action.principles.length === 0)
      return { field: `action-${n}-principles`, message: `Vælg mindst ét princip for handling ${n}.` };
  }
  return null;
}

export function decidedActions(draft: DecisionDraft): DecidedAction[] {
  return draft.actions
    .filter((a) => !isBlank(a))
    .map((a) => ({
      title: a.title.trim(),
      principles: [...a.principles].sort((x, y) => x - y),
      ownerId: a.ownerId || null,
      due: a.due || null,
    }));
}
