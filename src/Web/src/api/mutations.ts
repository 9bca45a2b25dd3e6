import { graphql } from "./graphql";
import type { KeyFigure } from "./staircase";
import type { Change, MemberRole, PlanItemStatus } from "./types";

export async function change(name: string, field: string, inputType: string, input: object): Promise<Change> {
  const data = await graphql<Record<string, Change>>(
    name,
    `mutation ${name}($input: ${inputType}!) { ${field}(input: $input) { version id } }`,
    { input },
  );
  const result = data[field];
  if (!result) throw new Error(`Missing ${field} in response`);
  return result;
}

export async function establishSteeringGroup(municipalityCode: string): Promise<Change> {
  const data = await graphql<{ establishSteeringGroup: Change }>(
    "EstablishSteeringGroup",
    `mutation EstablishSteeringGroup($code: String!) {
      establishSteeringGroup(municipalityCode: $code) { version id }
    }`,
    { code: municipalityCode },
  );
  return data.establishSteeringGroup;
}

export function addMember(input: { municipalityCode: string; name: string; role: MemberRole; personId?: string }) {
  return change("AddSteeringGroupMember", "addSteeringGroupMember", "AddMemberInput", input);
}

export function removeMember(input: { municipalityCode: string; personId: string }) {
  return change("RemoveSteeringGroupMember", "removeSteeringGroupMember", "RemoveMemberInput", input);
}

export interface DecidedPlanItem {
  title: string;
  prerequisite: number;
  ownerId: string | null;
  due: string | null;
}

export function recordDecision(input: { municipalityCode: string; title: string; rationale: string; actions?: DecidedPlanItem[] }) {
  return change("RecordDecision", "recordDecision", "RecordDecisionInput", input);
}

export function setSteeringGroupMandate(input: { municipalityCode: string; mandate: string }) {
  return change("SetSteeringGroupMandate", "setSteeringGroupMandate", "SetSteeringGroupMandateInput", input);
}

export interface PlanItemFields {
  title: string;
  description: string;
  ownerId: string | null;
  due: string | null;
  status: PlanItemStatus;
}

/** Names the key figure a plan item aims at; no figure clears it. */
export function aimPlanItem(input: { municipalityCode: string; itemId: string; figure: KeyFigure | null; stepId: string | null }) {
  return change("AimPlanItem", "aimPlanItem", "AimPlanItemInput", input);
}

export function addPlanItem(input: PlanItemFields & { municipalityCode: string; prerequisite: number }) {
  return change("AddPlanItem", "addPlanItem", "AddPlanItemInput", input);
}

/** Full replacement: every field is sent, null clears owner and due date. */
export function editPlanItem(input: PlanItemFields & { municipalityCode: string; itemId: string }) {
  return change("EditPlanItem", "editPlanItem", "EditPlanItemInput", input);
}

/** Brings the item back to how it was right after `version`, by new changes; the history keeps every step. */
export function restorePlanItem(input: { municipalityCode: string; itemId: string; version: number }) {
  return change("RestorePlanItem", "restorePlanItem", "RestorePlanItemInput", input);
}
