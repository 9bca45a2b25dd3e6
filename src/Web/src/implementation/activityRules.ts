import type { ActivityFields } from "../api/implementationMutations";
import type { Activity } from "../api/implementationTypes";
import type { PlanItemStatus } from "../api/types";
import { encodeAim } from "../staircase/staircaseRules";

/** What the activity form holds: text as typed, "" for no owner or date. */
export interface ActivityDraft {
  title: string;
  description: string;
  principles: number[];
  ownerId: string;
  starts: string;
  due: string;
  status: PlanItemStatus;
  /** The key figure aimed at, as encoded by encodeAim; "" for none. */
  aim: string;
}

export type ActivityField = "title" | "principles" | "due";

export interface FormProblem<F extends string> {
  field: F;
  message: string;
}

export const emptyActivity: ActivityDraft = { title: "", description: "", principles: [], ownerId: "", starts: "", due: "", status: "PLANNED", aim: "" };

export function draftOf(activity: Activity): ActivityDraft {
  return {
    title: activity.title,
    description: activity.description,
    principles: activity.principles,
    ownerId: activity.ownerId ?? "",
    starts: activity.starts ?? "",
    due: activity.due ?? "",
    status: activity.status,
    aim: encodeAim(activity.aimFigure, activity.aimStepId),
  };
}

/** The grain's rules, checked before sending so the field in question can take focus. */
export function activityProblem(draft: ActivityDraft): FormProblem<ActivityField> | null {
  if (!draft.title.trim()) return { field: "title", message: "Skriv aktivitetens titel." };
  if (draft.principles.length === 0) return { field: "principles", message: "Vælg mindst ét af de otte principper." };
  // ISO dates compare correctly as text.
  if (draft.starts && draft.due && draft.due < draft.starts) return { field: "due", message: "Fristen kan ikke ligge før starten." };
  return null;
}

export function activityFields(draft: ActivityDraft): ActivityFields {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    principles: [...draft.principles].sort((a, b) => a - b),
    ownerId: draft.ownerId || null,
    starts: draft.starts || null,
    due: draft.due || null,
    status: draft.status,
  };
}

/** Activities tied to the principle, or all of them when none is chosen; plan order is kept. */
export function activitiesFor(activities: Activity[], principle: number | null): Activity[] {
  return principle === null ? activities : activities.filter((a) => a.principles.includes(principle));
}

/** How many activities each principle has, for the filter's choices. */
export function countByPrinciple(activities: Activity[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const activity of activities)
    for (const p of new Set(activity.principles)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}
