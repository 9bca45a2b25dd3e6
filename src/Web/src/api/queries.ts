import { ApiError } from "./errors";
import { graphql } from "./graphql";
import type { Municipality, Programme, SteeringGroup, Viewer } from "./types";

export async function fetchViewer(): Promise<Viewer | null> {
  const data = await graphql<{ me: Viewer | null }>(
    "Viewer",
    `query Viewer { me { personId name role municipalityCode } }`,
  );
  return data.me;
}

export async function fetchMunicipalities(): Promise<Municipality[]> {
  const data = await graphql<{ municipalities: Municipality[] }>(
    "Municipalities",
    `query Municipalities { municipalities { code name region } }`,
  );
  return data.municipalities;
}

export async function fetchMunicipality(code: string): Promise<Municipality> {
  const data = await graphql<{ municipality: Municipality | null }>(
    "Municipality",
    `query Municipality($code: String!) { municipality(code: $code) { code name region } }`,
    { code },
  );
  if (!data.municipality) throw new ApiError(`Der findes ingen kommune med koden ${code}.`, "NOT_FOUND");
  return data.municipality;
}

export async function fetchSteeringGroup(code: string): Promise<SteeringGroup | null> {
  const data = await graphql<{ municipality: { steeringGroup: SteeringGroup | null } | null }>(
    "SteeringGroup",
    `query SteeringGroup($code: String!) {
      municipality(code: $code) {
        steeringGroup {
          municipalityCode
          version
          canGovern
          canEditPlan
          members { personId name role }
          decisions { id title rationale recordedAt recordedByName }
          developmentPlan {
            prerequisite { number title }
            items { id prerequisite title description ownerId ownerName due status }
          }
          workshops { id title startsAt status code }
        }
      }
    }`,
    { code },
  );
  return data.municipality?.steeringGroup ?? null;
}

export async function fetchProgramme(code: string): Promise<Programme> {
  const data = await graphql<{ municipality: { programme: Programme | null } | null }>(
    "Programme",
    `query Programme($code: String!) {
      municipality(code: $code) {
        programme {
          joined joinedAt phase phaseTitle
          checklist { item title ticked tickedAt tickedByName }
          sharesCitizenText canJoin canChangePhase canTick canShare version
        }
      }
    }`,
    { code },
  );
  const programme = data.municipality?.programme;
  if (!programme) throw new ApiError(`Der findes ingen kommune med koden ${code}.`, "NOT_FOUND");
  return programme;
}

/** The guest code of an open workshop, for its facilitator; null for anyone else. */
export async function fetchWorkshopCode(code: string, id: string): Promise<string | null> {
  const data = await graphql<{ municipality: { steeringGroup: { workshops: { id: string; code: string | null }[] } | null } | null }>(
    "WorkshopCode",
    `query WorkshopCode($code: String!) { municipality(code: $code) { steeringGroup { workshops { id code } } } }`,
    { code },
  );
  return data.municipality?.steeringGroup?.workshops.find((w) => w.id === id)?.code ?? null;
}
