import type { ForceKind } from "./implementationTypes";
import { change } from "./mutations";
import type { KeyFigure } from "./staircase";
import type { MemberRole, PlanItemStatus } from "./types";

/** Every implementation-group mutation names its group by municipality and slug. */
export interface GroupRef {
  municipalityCode: string;
  slug: string;
}

export function establishImplementationGroup(input: GroupRef & { name: string; focus: string }) {
  return change("EstablishImplementationGroup", "establishImplementationGroup", "EstablishImplementationGroupInput", input);
}

export function addGroupMember(input: GroupRef & { name: string; role: MemberRole; personId?: string }) {
  return change("AddImplementationGroupMember", "addImplementationGroupMember", "AddGroupMemberInput", input);
}

export function removeGroupMember(input: GroupRef & { personId: string }) {
  return change("RemoveImplementationGroupMember", "removeImplementationGroupMember", "GroupPersonInput", input);
}

export function appointTovholder(input: GroupRef & { personId: string }) {
  return change("AppointImplementationGroupTovholder", "appointImplementationGroupTovholder", "GroupPersonInput", input);
}

export function setMandate(input: GroupRef & { mandate: string }) {
  return change("SetImplementationGroupMandate", "setImplementationGroupMandate", "SetMandateInput", input);
}

export interface ActivityFields {
  title: string;
  description: string;
  principles: number[];
  ownerId: string | null;
  starts: string | null;
  due: string | null;
  status: PlanItemStatus;
}

export function addActivity(input: GroupRef & ActivityFields) {
  return change("AddActivity", "addActivity", "AddActivityInput", input);
}

/** Names the key figure the activity aims at; no figure clears it. */
export function aimActivity(input: GroupRef & { activityId: string; figure: KeyFigure | null; stepId: string | null }) {
  return change("AimActivity", "aimActivity", "AimActivityInput", input);
}

/** Full replacement: every field is sent, null clears owner and dates. */
export function editActivity(input: GroupRef & ActivityFields & { activityId: string }) {
  return change("EditActivity", "editActivity", "EditActivityInput", input);
}

/** Brings the activity back to how it was right after that stream version, as new events. */
export function restoreActivity(input: GroupRef & { activityId: string; version: number }) {
  return change("RestoreActivity", "restoreActivity", "RestoreActivityInput", input);
}

export function followUpActivity(input: GroupRef & { activityId: string; note: string }) {
  return change("FollowUpActivity", "followUpActivity", "FollowUpInput", input);
}

export interface DecidedAction {
  title: string;
  principles: number[];
  ownerId: string | null;
  due: string | null;
}

export function recordGroupDecision(input: GroupRef & { title: string; rationale: string; actions: DecidedAction[] }) {
  return change("RecordGroupDecision", "recordGroupDecision", "RecordGroupDecisionInput", input);
}

export function noteDriverOrBarrier(input: GroupRef & { kind: ForceKind; text: string }) {
  return change("NoteDriverOrBarrier", "noteDriverOrBarrier", "NoteForceInput", input);
}

export function removeDriverOrBarrier(input: GroupRef & { forceId: string }) {
  return change("RemoveDriverOrBarrier", "removeDriverOrBarrier", "RemoveForceInput", input);
}

export function submitGroupReport(input: GroupRef & { title: string; text: string }) {
  return change("SubmitGroupReport", "submitGroupReport", "SubmitReportInput", input);
}

export function proposeTrialAction(input: GroupRef & { hypothesis: string; trial: string; ownerId: string | null; until: string | null }) {
  return change("ProposeTrialAction", "proposeTrialAction", "ProposeTrialInput", input);
}

export function recordTrialLearning(input: GroupRef & { trialId: string; learning: string }) {
  return change("RecordTrialLearning", "recordTrialLearning", "RecordLearningInput", input);
}

export function promoteTrialAction(input: GroupRef & { trialId: string; principles: number[] }) {
  return change("PromoteTrialAction", "promoteTrialAction", "PromoteTrialInput", input);
}

/** Just the group's address, as every input wants it: the group itself carries fields the inputs refuse. */
export function refOf(group: GroupRef): GroupRef {
  return { municipalityCode: group.municipalityCode, slug: group.slug };
}
