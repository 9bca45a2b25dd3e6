import { graphql } from "./graphql";
import type { Change } from "./types";

export async function scheduleWorkshop(input: { municipalityCode: string; title: string; startsAt: string; agenda: string[] }): Promise<Change> {
  const data = await graphql<{ scheduleWorkshop: Change }>(
    "ScheduleWorkshop",
    `mutation ScheduleWorkshop($municipalityCode: String!, $title: String!, $startsAt: String!, $agenda: [String!]!) {
      scheduleWorkshop(municipalityCode: $municipalityCode, title: $title, startsAt: $startsAt, agenda: $agenda) { version id }
    }`,
    input,
  );
  return data.scheduleWorkshop;
}

export async function openWorkshop(municipalityCode: string, id: string): Promise<{ version: number; code: string }> {
  const data = await graphql<{ openWorkshop: { version: number; code: string } }>(
    "OpenWorkshop",
    `mutation OpenWorkshop($municipalityCode: String!, $id: ID!) { openWorkshop(municipalityCode: $municipalityCode, id: $id) { version code } }`,
    { municipalityCode, id },
  );
  return data.openWorkshop;
}

export async function closeWorkshop(municipalityCode: string, id: string): Promise<Change> {
  const data = await graphql<{ closeWorkshop: Change }>(
    "CloseWorkshop",
    `mutation CloseWorkshop($municipalityCode: String!, $id: ID!) { closeWorkshop(municipalityCode: $municipalityCode, id: $id) { version id } }`,
    { municipalityCode, id },
  );
  return data.closeWorkshop;
}

export async function revokeWorkshopGuest(municipalityCode: string, id: string, participant: string): Promise<Change> {
  const data = await graphql<{ revokeWorkshopGuest: Change }>(
    "RevokeWorkshopGuest",
    `mutation RevokeWorkshopGuest($municipalityCode: String!, $id: ID!, $participant: ID!) {
      revokeWorkshopGuest(municipalityCode: $municipalityCode, id: $id, participant: $participant) { version id }
    }`,
    { municipalityCode, id, participant },
  );
  return data.revokeWorkshopGuest;
}
