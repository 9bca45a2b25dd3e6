import { graphql } from "./graphql";
import { operation, type Operation } from "./operation";
import type { Change, ChecklistItem, ProgrammePhase } from "./types";

async function programmeChange(document: Operation, field: string, variables: Record<string, unknown>): Promise<Change> {
  const data = await graphql<Record<string, Change>>(document, variables);
  const result = data[field];
  if (!result) throw new Error(`Missing ${field} in response`);
  return result;
}

const JOIN_PROGRAMME = operation(
  "JoinProgramme",
  `mutation JoinProgramme($code: String!) { joinProgramme(municipalityCode: $code) { version id } }`,
);

export function joinProgramme(code: string) {
  return programmeChange(JOIN_PROGRAMME, "joinProgramme", { code });
}

const CHANGE_PROGRAMME_PHASE = operation("ChangeProgrammePhase", `mutation ChangeProgrammePhase($code: String!, $phase: ProgrammePhase!) {
  changeProgrammePhase(municipalityCode: $code, phase: $phase) { version id }
}`);

export function changeProgrammePhase(code: string, phase: ProgrammePhase) {
  return programmeChange(CHANGE_PROGRAMME_PHASE, "changeProgrammePhase", { code, phase });
}

const TICK_CHECKLIST_ITEM = operation("TickChecklistItem", `mutation TickChecklistItem($code: String!, $item: ChecklistItem!, $ticked: Boolean!) {
  tickChecklistItem(municipalityCode: $code, item: $item, ticked: $ticked) { version id }
}`);

export function tickChecklistItem(code: string, item: ChecklistItem, ticked: boolean) {
  return programmeChange(TICK_CHECKLIST_ITEM, "tickChecklistItem", { code, item, ticked });
}

const SHARE_CITIZEN_TEXT = operation("ShareCitizenText", `mutation ShareCitizenText($code: String!, $shared: Boolean!) {
  shareCitizenText(municipalityCode: $code, shared: $shared) { version id }
}`);

export function shareCitizenText(code: string, shared: boolean) {
  return programmeChange(SHARE_CITIZEN_TEXT, "shareCitizenText", { code, shared });
}
