import type { KeyFigure } from "./staircase";

export type MemberRole =
  | "TOVHOLDER"
  | "STRATEGIC_LEADER"
  | "PROFESSIONAL_LEADER"
  | "POLITICIAN"
  | "CITIZEN"
  | "RELATIVE"
  | "PEER_WORKER"
  | "STAFF"
  | "CASE_HANDLER";

export type PlanItemStatus = "PLANNED" | "IN_PROGRESS" | "DONE" | "ON_HOLD";

export interface Viewer {
  personId: string;
  name: string;
  role: string;
  municipalityCode: string | null;
}

export interface Municipality {
  code: string;
  name: string;
  region: string;
}

export interface Member {
  personId: string;
  name: string | null;
  role: MemberRole;
}

export interface Decision {
  id: string;
  title: string;
  rationale: string;
  recordedAt: string;
  recordedByName: string | null;
  /** The plan items this decision created. */
  itemIds: string[];
  /** Written by a citizen and not shared with this viewer: the words are empty. */
  withheld: boolean;
}

export interface Prerequisite {
  number: number;
  title: string;
}

export interface PlanItem {
  id: string;
  prerequisite: number;
  title: string;
  description: string;
  ownerId: string | null;
  ownerName: string | null;
  due: string | null;
  status: PlanItemStatus;
  /** The decision that created this item, if any. */
  decisionId: string | null;
  withheld: boolean;
  /** The key figure the steering group expects the item to move. */
  aimFigure?: KeyFigure | null;
  aimStepId?: string | null;
}

export interface PrerequisitePlan {
  prerequisite: Prerequisite;
  items: PlanItem[];
}

export type WorkshopStatus = "SCHEDULED" | "OPEN" | "CLOSED";

export interface WorkshopSummary {
  id: string;
  title: string;
  startsAt: string;
  status: WorkshopStatus;
  /** The guest code while open; only for those who may run the workshop. */
  code: string | null;
}

export interface SteeringGroup {
  municipalityCode: string;
  version: number;
  /** The day (yyyy-mm-dd) the group is shown as of, read-only; null for today. */
  asOf: string | null;
  canGovern: boolean;
  canEditPlan: boolean;
  mandate: string;
  members: Member[];
  decisions: Decision[];
  developmentPlan: PrerequisitePlan[];
  workshops: WorkshopSummary[];
}

/** One change in a group's history, told in Danish by the server. */
export interface HistoryEntry {
  /** The stream version right after the change; an item can be restored to it. */
  version: number;
  at: string;
  actorName: string;
  actorRole: string;
  text: string;
  /** The whole line: "Mette Lund (tovholder) ændrede status fra Planlagt til I gang, 12. marts 2026". */
  sentence: string;
}

export type ProgrammePhase = "START_UP" | "ANALYSIS" | "TRIAL_AND_DEVELOPMENT" | "REPORTING";

export type ChecklistItem =
  | "STEERING_GROUP"
  | "IMPLEMENTATION_GROUPS"
  | "CITIZENS_REPRESENTED"
  | "TEMPERATURE_MEASUREMENT"
  | "PREREQUISITES_PLAN";

export interface ChecklistEntry {
  item: ChecklistItem;
  title: string;
  ticked: boolean;
  tickedAt: string | null;
  /** Hidden (null) for people outside the municipality. */
  tickedByName: string | null;
}

export interface Programme {
  joined: boolean;
  joinedAt: string | null;
  phase: ProgrammePhase | null;
  phaseTitle: string | null;
  checklist: ChecklistEntry[];
  sharesCitizenText: boolean;
  canJoin: boolean;
  canChangePhase: boolean;
  canTick: boolean;
  canShare: boolean;
  version: number;
}

export interface Change {
  version: number;
  id: string | null;
}

/** Server-side limits, mirrored in the inputs' maxLength. */
export const LIMITS = {
  memberName: 100,
  decisionTitle: 200,
  decisionRationale: 4000,
  planTitle: 200,
  planDescription: 4000,
} as const;
