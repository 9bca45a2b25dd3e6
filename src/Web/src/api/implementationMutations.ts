import type { ForceKind } from "./implementationTypes";
import { change, changeOperation } from "./mutations";
import type { KeyFigure } from "./staircase";
import type { MemberRole, PlanItemStatus } from "./types";

/** Every implementation-group mutation names its group by municipality and slug. */
export interface GroupRef {
  municipalityCode: string;
  slug: string;
}

const ESTABLISH_IMPLEMENTATION_GROUP = changeOperation("EstablishImplementationGroup", "establishImplementationGroup", "EstablishImplementationGroupInput");

export function establishImplementationGroup(input: GroupRef & { name: string; focus: string }) {
  return change(ESTABLISH_IMPLEMENTATION_GROUP, input);
}

const ADD_IMPLEMENTATION_GROUP_MEMBER = changeOperation("AddImplementationGroupMember", "addImplementationGroupMember", "AddGroupMemberInput");

export function addGroupMember(input: GroupRef & { name: string; role: MemberRole; personId?: string }) {
  return change(ADD_IMPLEMENTATION_GROUP_MEMBER, input);
}

const REMOVE_IMPLEMENTATION_GROUP_MEMBER = changeOperation("RemoveImplementationGroupMember", "removeImplementationGroupMember", "GroupPersonInput");

export function removeGroupMember(input: GroupRef & { personId: string }) {
  return change(REMOVE_IMPLEMENTATION_GROUP_MEMBER, input);
}

const APPOINT_IMPLEMENTATION_GROUP_TOVHOLDER = changeOperation("AppointImplementationGroupTovholder", "appointImplementationGroupTovholder", "GroupPersonInput");

export function appointTovholder(input: GroupRef & { personId: string }) {
  return change(APPOINT_IMPLEMENTATION_GROUP_TOVHOLDER, input);
}

const SET_IMPLEMENTATION_GROUP_MANDATE = changeOperation("SetImplementationGroupMandate", "setImplementationGroupMandate", "SetMandateInput");

export function setMandate(input: GroupRef & { mandate: string }) {
  return change(SET_IMPLEMENTATION_GROUP_MANDATE, input);
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

const ADD_ACTIVITY = changeOperation("AddActivity", "addActivity", "AddActivityInput");

export function addActivity(input: GroupRef & ActivityFields) {
  return change(ADD_ACTIVITY, input);
}

const AIM_ACTIVITY = changeOperation("AimActivity", "aimActivity", "AimActivityInput");

/** Names the key figure the activity aims at; no figure clears it. */
export function aimActivity(input: GroupRef & { activityId: string; figure: KeyFigure | null; stepId: string | null }) {
  return change(AIM_ACTIVITY, input);
}

const EDIT_ACTIVITY = changeOperation("EditActivity", "editActivity", "EditActivityInput");

/** Full replacement: every field is sent, null clears owner and dates. */
export function editActivity(input: GroupRef & ActivityFields & { activityId: string }) {
  return change(EDIT_ACTIVITY, input);
}

const RESTORE_ACTIVITY = changeOperation("RestoreActivity", "restoreActivity", "RestoreActivityInput");

/** Brings the activity back to how it was right after that stream version, as new events. */
export function restoreActivity(input: GroupRef & { activityId: string; version: number }) {
  return change(RESTORE_ACTIVITY, input);
}

const FOLLOW_UP_ACTIVITY = changeOperation("FollowUpActivity", "followUpActivity", "FollowUpInput");

export function followUpActivity(input: GroupRef & { activityId: string; note: string }) {
  return change(FOLLOW_UP_ACTIVITY, input);
}

export interface DecidedAction {
  title: string;
  principles: number[];
  ownerId: string | null;
  due: string | null;
}

const RECORD_GROUP_DECISION = changeOperation("RecordGroupDecision", "recordGroupDecision", "RecordGroupDecisionInput");

export function recordGroupDecision(input: GroupRef & { title: string; rationale: string; actions: DecidedAction[] }) {
  return change(RECORD_GROUP_DECISION, input);
}

const NOTE_DRIVER_OR_BARRIER = changeOperation("NoteDriverOrBarrier", "noteDriverOrBarrier", "NoteForceInput");

export function noteDriverOrBarrier(input: GroupRef & { kind: ForceKind; text: string }) {
  return change(NOTE_DRIVER_OR_BARRIER, input);
}

const REMOVE_DRIVER_OR_BARRIER = changeOperation("RemoveDriverOrBarrier", "removeDriverOrBarrier", "RemoveForceInput");

export function removeDriverOrBarrier(input: GroupRef & { forceId: string }) {
  return change(REMOVE_DRIVER_OR_BARRIER, input);
}

const SUBMIT_GROUP_REPORT = changeOperation("SubmitGroupReport", "submitGroupReport", "SubmitReportInput");

export function submitGroupReport(input: GroupRef & { title: string; text: string }) {
  return change(SUBMIT_GROUP_REPORT, input);
}

const PROPOSE_TRIAL_ACTION = changeOperation("ProposeTrialAction", "proposeTrialAction", "ProposeTrialInput");

export function proposeTrialAction(input: GroupRef & { hypothesis: string; trial: string; ownerId: string | null; until: string | null }) {
  return change(PROPOSE_TRIAL_ACTION, input);
}

const RECORD_TRIAL_LEARNING = changeOperation("RecordTrialLearning", "recordTrialLearning", "RecordLearningInput");

export function recordTrialLearning(input: GroupRef & { trialId: string; learning: string }) {
  return change(RECORD_TRIAL_LEARNING, input);
}

const PROMOTE_TRIAL_ACTION = changeOperation("PromoteTrialAction", "promoteTrialAction", "PromoteTrialInput");

export function promoteTrialAction(input: GroupRef & { trialId: string; principles: number[] }) {
  return change(PROMOTE_TRIAL_ACTION, input);
}

/** Just the group's address, as every input wants it: the group itself carries fields the inputs refuse. */
export function refOf(group: GroupRef): GroupRef {
  return { municipalityCode: group.municipalityCode, slug: group.slug };
}
