import { ApiError } from "./errors";
import { graphql } from "./graphql";
import { operation } from "./operation";
import type { HistoryEntry, Municipality, Programme, SteeringGroup, Viewer } from "./types";

const VIEWER = operation("Viewer", `query Viewer { me { personId name role municipalityCode } }`);

export async function fetchViewer(): Promise<Viewer | null> {
  const data = await graphql<{ me: Viewer | null }>(VIEWER);
  return data.me;
}

const MUNICIPALITIES = operation("Municipalities", `query Municipalities { municipalities { code name region } }`);

export async function fetchMunicipalities(): Promise<Municipality[]> {
  const data = await graphql<{ municipalities: Municipality[] }>(MUNICIPALITIES);
  return data.municipalities;
}

const MUNICIPALITY = operation("Municipality", `query Municipality($code: String!) { municipality(code: $code) { code name region } }`);

export async function fetchMunicipality(code: string): Promise<Municipality> {
  const data = await graphql<{ municipality: Municipality | null }>(MUNICIPALITY, { code });
  if (!data.municipality) throw new ApiError(`Der findes ingen kommune med koden ${code}.`, "NOT_FOUND");
  return data.municipality;
}

const STEERING_GROUP_FIELDS = `
  municipalityCode
  version
  asOf
  canGovern
  canEditPlan
  mandate
  members { personId name role }
  decisions { id title rationale recordedAt recordedByName itemIds withheld }
  developmentPlan {
    prerequisite { number title }
    items { id prerequisite title description ownerId ownerName due status decisionId withheld aimFigure aimStepId source { kind id } }
  }
  workshops { id title startsAt status code }
`;

const STEERING_GROUP = operation("SteeringGroup", `query SteeringGroup($code: String!) { municipality(code: $code) { steeringGroup { ${STEERING_GROUP_FIELDS} } } }`);

export async function fetchSteeringGroup(code: string): Promise<SteeringGroup | null> {
  const data = await graphql<{ municipality: { steeringGroup: SteeringGroup | null } | null }>(STEERING_GROUP, { code });
  return data.municipality?.steeringGroup ?? null;
}

const STEERING_GROUP_AS_OF = operation("SteeringGroupAsOf", `query SteeringGroupAsOf($code: String!, $asOf: String!) {
  municipality(code: $code) { steeringGroup(asOf: $asOf) { ${STEERING_GROUP_FIELDS} } }
}`);

/** The group as it was at the end of a day (yyyy-mm-dd, Danish time), read-only; null if it did not exist yet. */
export async function fetchSteeringGroupAsOf(code: string, asOf: string): Promise<SteeringGroup | null> {
  const data = await graphql<{ municipality: { steeringGroup: SteeringGroup | null } | null }>(STEERING_GROUP_AS_OF, { code, asOf });
  return data.municipality?.steeringGroup ?? null;
}

const ITEM_HISTORY = operation("ItemHistory", `query ItemHistory($code: String!, $itemId: ID!) {
  municipality(code: $code) {
    steeringGroup { history(itemId: $itemId, first: 200) { version at actorName actorRole text sentence } }
  }
}`);

/** A plan item's history, newest first. */
export async function fetchItemHistory(code: string, itemId: string): Promise<HistoryEntry[]> {
  const data = await graphql<{ municipality: { steeringGroup: { history: HistoryEntry[] } | null } | null }>(ITEM_HISTORY, { code, itemId });
  return data.municipality?.steeringGroup?.history ?? [];
}

const PROGRAMME = operation("Programme", `query Programme($code: String!) {
  municipality(code: $code) {
    programme {
      joined joinedAt phase phaseTitle
      checklist { item title ticked tickedAt tickedByName }
      sharesCitizenText canJoin canChangePhase canTick canShare version
    }
  }
}`);

export async function fetchProgramme(code: string): Promise<Programme> {
  const data = await graphql<{ municipality: { programme: Programme | null } | null }>(PROGRAMME, { code });
  const programme = data.municipality?.programme;
  if (!programme) throw new ApiError(`Der findes ingen kommune med koden ${code}.`, "NOT_FOUND");
  return programme;
}

const WORKSHOP_CODE = operation("WorkshopCode", `query WorkshopCode($code: String!) { municipality(code: $code) { steeringGroup { workshops { id code } } } }`);

/** The guest code of an open workshop, for its facilitator; null for anyone else. */
export async function fetchWorkshopCode(code: string, id: string): Promise<string | null> {
  const data = await graphql<{ municipality: { steeringGroup: { workshops: { id: string; code: string | null }[] } | null } | null }>(
    WORKSHOP_CODE,
    { code },
  );
  return data.municipality?.steeringGroup?.workshops.find((w) => w.id === id)?.code ?? null;
}
