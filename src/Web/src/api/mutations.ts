import { graphql } from "./graphql";
import { operation, type Operation } from "./operation";
import type { KeyFigure } from "./staircase";
import type { Change, MemberRole, PlanItemStatus } from "./types";

/** A mutation that takes one `input` and answers with the `Change` it made. */
export interface ChangeOperation extends Operation {
  readonly field: string;
}

export function changeOperation(name: string, field: string, inputType: string): ChangeOperation {
  return { ...operation(name, `mutation ${name}($input: ${inputType}!) { ${field}(input: $input) { version id } }`), field };
}

export async function change({ field, ...document }: ChangeOperation, input: object): Promise<Change> {
  const data = await graphql<Record<string, Change>>(document, { input });
  const result = data[field];
  if (!result) throw new Error(`Missing ${field} in response`);
  return result;
}

const ESTABLISH_STEERING_GROUP = operation("EstablishSteeringGroup", `mutation EstablishSteeringGroup($code: String!) {
  establishSteeringGroup(municipalityCode: $code) { version id }
}`);

export async function establishSteeringGroup(municipalityCode: string): Promise<Change> {
  const data = await graphql<{ establishSteeringGroup: Change }>(ESTABLISH_STEERING_GROUP, { code: municipalityCode });
  return data.establishSteeringGroup;
}

const ADD_STEERING_GROUP_MEMBER = changeOperation("AddSteeringGroupMember", "addSteeringGroupMember", "AddMemberInput");

export function addMember(input: { municipalityCode: string; name: string; role: MemberRole; personId?: string }) {
  return change(ADD_STEERING_GROUP_MEMBER, input);
}

const REMOVE_STEERING_GROUP_MEMBER = changeOperation("RemoveSteeringGroupMember", "removeSteeringGroupMember", "RemoveMemberInput");

export function removeMember(input: { municipalityCode: string; personId: string }) {
  return change(REMOVE_STEERING_GROUP_MEMBER, input);
}

export interface DecidedPlanItem {
  title: string;
  prerequisite: number;
  ownerId: string | null;
  due: string | null;
}

const RECORD_DECISION = changeOperation("RecordDecision", "recordDecision", "RecordDecisionInput");

export function recordDecision(input: { municipalityCode: string; title: string; rationale: string; actions?: DecidedPlanItem[] }) {
  return change(RECORD_DECISION, input);
}

const SET_STEERING_GROUP_MANDATE = changeOperation("SetSteeringGroupMandate", "setSteeringGroupMandate", "SetSteeringGroupMandateInput");

export function setSteeringGroupMandate(input: { municipalityCode: string; mandate: string }) {
  return change(SET_STEERING_GROUP_MANDATE, input);
}

export interface PlanItemFields {
  title: string;
  description: string;
  ownerId: string | null;
  due: string | null;
  status: PlanItemStatus;
}

const AIM_PLAN_ITEM = changeOperation("AimPlanItem", "aimPlanItem", "AimPlanItemInput");

/** Names the key figure a plan item aims at; no figure clears it. */
export function aimPlanItem(input: { municipalityCode: string; itemId: string; figure: KeyFigure | null; stepId: string | null }) {
  return change(AIM_PLAN_ITEM, input);
}

export const ADD_PLAN_ITEM = changeOperation("AddPlanItem", "addPlanItem", "AddPlanItemInput");

export function addPlanItem(input: PlanItemFields & { municipalityCode: string; prerequisite: number }) {
  return change(ADD_PLAN_ITEM, input);
}

const EDIT_PLAN_ITEM = changeOperation("EditPlanItem", "editPlanItem", "EditPlanItemInput");

/** Full replacement: every field is sent, null clears owner and due date. */
export function editPlanItem(input: PlanItemFields & { municipalityCode: string; itemId: string }) {
  return change(EDIT_PLAN_ITEM, input);
}

const RESTORE_PLAN_ITEM = changeOperation("RestorePlanItem", "restorePlanItem", "RestorePlanItemInput");

/** Brings the item back to how it was right after `version`, by new changes; the history keeps every step. */
export function restorePlanItem(input: { municipalityCode: string; itemId: string; version: number }) {
  return change(RESTORE_PLAN_ITEM, input);
}
