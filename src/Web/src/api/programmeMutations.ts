import { graphql } from "./graphql";
import type { Change, ChecklistItem, ProgrammePhase } from "./types";

async function programmeChange(name: string, field: string, document: string, variables: Record<string, unknown>): Promise<Change> {
  const data = await graphql<Record<string, Change>>(name, document, variables);
  const result = data[field];
  if (!result) throw new Error(`Missing ${field} in response`);
  return result;
}

export function joinProgramme(code: string) {
  return programmeChange(
    "JoinProgramme",
    "joinProgramme",
    `mutation JoinProgramme($code: String!) { joinProgramme(municipalityCode: $code) { version id } }`,
    { code },
  );
}

export function changeProgrammePhase(code: string, phase: ProgrammePhase) {
  return programmeChange(
    "ChangeProgrammePhase",
    "changeProgrammePhase",
    `mutation ChangeProgrammePhase($code: String!, $phase: ProgrammePhase!) {
      changeProgrammePhase(municipalityCode: $code, phase: $phase) { version id }
    }`,
    { code, phase },
  );
}

export function tickChecklistItem(code: string, item: ChecklistItem, ticked: boolean) {
  return programmeChange(
    "TickChecklistItem",
    "tickChecklistItem",
    `mutation TickChecklistItem($code: String!, $item: ChecklistItem!, $ticked: Boolean!) {
      tickChecklistItem(municipalityCode: $code, item: $item, ticked: $ticked) { version id }
    }`,
    { code, item, ticked },
  );
}

export function shareCitizenText(code: string, shared: boolean) {
  return programmeChange(
    "ShareCitizenText",
    "shareCitizenText",
    `mutation ShareCitizenText($code: String!, $shared: Boolean!) {
      shareCitizenText(municipalityCode: $code, shared: $shared) { version id }
    }`,
    { code, shared },
  );
}
