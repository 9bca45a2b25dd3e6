import { graphql } from "./graphql";
import { operation } from "./operation";
import type { ImplementationGroupPageData, ImplementationGroupSummary } from "./implementationTypes";
import type { HistoryEntry, PlanItemStatus } from "./types";

const IMPLEMENTATION_GROUPS = operation("ImplementationGroups", `query ImplementationGroups($code: String!) {
  municipality(code: $code) { implementationGroupSummaries { slug name focus activities } }
}`);

export async function fetchImplementationGroups(code: string): Promise<ImplementationGroupSummary[]> {
  const data = await graphql<{ municipality: { implementationGroupSummaries: ImplementationGroupSummary[] } | null }>(
    IMPLEMENTATION_GROUPS,
    { code },
  );
  return data.municipality?.implementationGroupSummaries ?? [];
}

const IMPLEMENTATION_GROUP = operation("ImplementationGroup", `query ImplementationGroup($code: String!, $slug: String!) {
  principles { number title }
  municipality(code: $code) {
    implementationGroup(slug: $slug) {
      municipalityCode slug name focus mandate version canGovern canEditPlan tovholderId
      members { personId name role }
      activities {
        id title description principles ownerId ownerName starts due status decisionId trialId withheld aimFigure aimStepId
        followUps { id note at byName }
      }
      decisions { id title rationale recordedAt recordedByName activityIds withheld }
      driversAndBarriers { id kind text withheld }
      reports { id title text submittedAt submittedByName withheld }
      trialActions { id hypothesis trial ownerId ownerName until learning promotedTo withheld }
    }
  }
}`);

export async function fetchImplementationGroup(code: string, slug: string): Promise<ImplementationGroupPageData> {
  const data = await graphql<{
    municipality: { implementationGroup: ImplementationGroupPageData["group"] } | null;
    principles: ImplementationGroupPageData["principles"];
  }>(
    IMPLEMENTATION_GROUP,
    { code, slug },
  );
  const group = data.municipality?.implementationGroup ?? null;
  return { version: group?.version ?? 0, group, principles: data.principles };
}

const ACTIVITY_HISTORY = operation("ActivityHistory", `query ActivityHistory($code: String!, $slug: String!, $itemId: ID!) {
  municipality(code: $code) {
    implementationGroup(slug: $slug) { history(itemId: $itemId, first: 200) { version at actorName actorRole text sentence } }
  }
}`);

export async function fetchActivityHistory(code: string, slug: string, itemId: string): Promise<HistoryEntry[]> {
  const data = await graphql<{ municipality: { implementationGroup: { history: HistoryEntry[] } | null } | null }>(
    ACTIVITY_HISTORY,
    { code, slug, itemId },
  );
  return data.municipality?.implementationGroup?.history ?? [];
}

/** An activity as it stood at the end of a past day: read-only, so only what the table shows. */
export interface ActivityAsOf {
  id: string;
  title: string;
  principles: number[];
  status: PlanItemStatus;
  due: string | null;
  ownerName: string | null;
}

const ACTIVITIES_AS_OF = operation("ActivitiesAsOf", `query ActivitiesAsOf($code: String!, $slug: String!, $asOf: String!) {
  municipality(code: $code) { implementationGroup(slug: $slug, asOf: $asOf) { activities { id title principles status due ownerName } } }
}`);

/** The implementation plan as it was at the end of a day in Copenhagen; null when the group did not exist yet. */
export async function fetchActivitiesAsOf(code: string, slug: string, asOf: string): Promise<ActivityAsOf[] | null> {
  const data = await graphql<{ municipality: { implementationGroup: { activities: ActivityAsOf[] } | null } | null }>(
    ACTIVITIES_AS_OF,
    { code, slug, asOf },
  );
  return data.municipality?.implementationGroup?.activities ?? null;
}
