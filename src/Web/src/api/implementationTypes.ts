import type { Member, PlanItemStatus } from "./types";
import type { KeyFigure } from "./staircase";

export type ForceKind = "DRIVER" | "BARRIER";

export interface Principle {
  number: number;
  title: string;
}

/** One line of the municipality's list of groups. */
/** A group as the municipality's list shows it, read from the cross-group projection. */
export interface ImplementationGroupSummary {
  slug: string;
  name: string;
  focus: string;
  /** How many activities its plan has. */
  activities: number;
}

export interface FollowUp {
  id: string;
  note: string;
  at: string;
  byName: string | null;
}

export interface Activity {
  id: string;
  title: string;
  description: string;
  principles: number[];
  ownerId: string | null;
  ownerName: string | null;
  starts: string | null;
  due: string | null;
  status: PlanItemStatus;
  decisionId: string | null;
  trialId: string | null;
  followUps: FollowUp[];
  /** A citizen wrote it and the viewer is an outsider: its words were withheld. */
  withheld: boolean;
  /** The key figure the group expects the activity to move. */
  aimFigure: KeyFigure | null;
  aimStepId: string | null;
}

export interface GroupDecision {
  id: string;
  title: string;
  rationale: string;
  recordedAt: string;
  recordedByName: string | null;
  activityIds: string[];
  withheld: boolean;
}

export interface DriverOrBarrier {
  id: string;
  kind: ForceKind;
  text: string;
  withheld: boolean;
}

export interface GroupReport {
  id: string;
  title: string;
  text: string;
  submittedAt: string;
  submittedByName: string | null;
  withheld: boolean;
}

export interface TrialAction {
  id: string;
  hypothesis: string;
  trial: string;
  ownerId: string | null;
  ownerName: string | null;
  until: string | null;
  learning: string;
  promotedTo: string | null;
  withheld: boolean;
}

export interface ImplementationGroup {
  municipalityCode: string;
  slug: string;
  name: string;
  focus: string;
  mandate: string;
  version: number;
  canGovern: boolean;
  canEditPlan: boolean;
  tovholderId: string | null;
  members: Member[];
  activities: Activity[];
  /** Newest first. */
  decisions: GroupDecision[];
  driversAndBarriers: DriverOrBarrier[];
  /** Newest first. */
  reports: GroupReport[];
  trialActions: TrialAction[];
}

/** The group with the eight principles' titles, fetched in one request. */
export interface ImplementationGroupPageData {
  /** The group's stream version (0 when there is no such group), so the snapshot can follow it live. */
  version: number;
  group: ImplementationGroup | null;
  principles: Principle[];
}

/** Server-side limits (the grain's FreeText and slug rules), mirrored in the inputs' maxLength. */
export const IMPLEMENTATION_LIMITS = {
  title: 200,
  longText: 4000,
  slug: 40,
  actionsPerDecision: 20,
} as const;
