import { graphql } from "./graphql";
import { operation } from "./operation";
import type { Change } from "./types";

const SCHEDULE_WORKSHOP = operation("ScheduleWorkshop", `mutation ScheduleWorkshop($municipalityCode: String!, $title: String!, $startsAt: String!, $agenda: [String!]!) {
  scheduleWorkshop(municipalityCode: $municipalityCode, title: $title, startsAt: $startsAt, agenda: $agenda) { version id }
}`);

export async function scheduleWorkshop(input: { municipalityCode: string; title: string; startsAt: string; agenda: string[] }): Promise<Change> {
  const data = await graphql<{ scheduleWorkshop: Change }>(SCHEDULE_WORKSHOP, input);
  return data.scheduleWorkshop;
}

const OPEN_WORKSHOP = operation("OpenWorkshop", `mutation OpenWorkshop($municipalityCode: String!, $id: ID!) { openWorkshop(municipalityCode: $municipalityCode, id: $id) { version code } }`);

export async function openWorkshop(municipalityCode: string, id: string): Promise<{ version: number; code: string }> {
  const data = await graphql<{ openWorkshop: { version: number; code: string } }>(OPEN_WORKSHOP, { municipalityCode, id });
  return data.openWorkshop;
}

const CLOSE_WORKSHOP = operation("CloseWorkshop", `mutation CloseWorkshop($municipalityCode: String!, $id: ID!) { closeWorkshop(municipalityCode: $municipalityCode, id: $id) { version id } }`);

export async function closeWorkshop(municipalityCode: string, id: string): Promise<Change> {
  const data = await graphql<{ closeWorkshop: Change }>(CLOSE_WORKSHOP, { municipalityCode, id });
  return data.closeWorkshop;
}

const REVOKE_WORKSHOP_GUEST = operation("RevokeWorkshopGuest", `mutation RevokeWorkshopGuest($municipalityCode: String!, $id: ID!, $participant: ID!) {
  revokeWorkshopGuest(municipalityCode: $municipalityCode, id: $id, participant: $participant) { version id }
}`);

export async function revokeWorkshopGuest(municipalityCode: string, id: string, participant: string): Promise<Change> {
  const data = await graphql<{ revokeWorkshopGuest: Change }>(REVOKE_WORKSHOP_GUEST, { municipalityCode, id, participant });
  return data.revokeWorkshopGuest;
}
