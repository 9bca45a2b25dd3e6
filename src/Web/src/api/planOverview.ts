import { graphql } from "./graphql";
import { operation } from "./operation";
import type { PlanItemStatus } from "./types";

/** An action in one of the municipality's plans, with the group it belongs to. */
export interface MunicipalAction {
  groupKind: "STEERING" | "IMPLEMENTATION";
  groupName: string;
  groupSlug: string | null;
  id: string;
  title: string;
  status: PlanItemStatus;
  due: string | null;
  ownerName: string | null;
  decisionId: string | null;
  overdue: boolean;
  withheld: boolean;
}

export interface MunicipalReport {
  groupName: string;
  groupSlug: string | null;
  id: string;
  title: string;
  text: string;
  submittedAt: string;
  submittedByName: string | null;
  withheld: boolean;
}

const MUNICIPAL_ACTIONS = operation("MunicipalActions", `query MunicipalActions($code: String!, $overdueOnly: Boolean) {
  municipality(code: $code) {
    actions(overdueOnly: $overdueOnly) { groupKind groupName groupSlug id title status due ownerName decisionId overdue withheld }
  }
}`);

export async function fetchActions(code: string, overdueOnly: boolean): Promise<MunicipalAction[]> {
  const data = await graphql<{ municipality: { actions: MunicipalAction[] } | null }>(MUNICIPAL_ACTIONS, { code, overdueOnly });
  return data.municipality?.actions ?? [];
}

const GROUP_REPORTS = operation("GroupReports", `query GroupReports($code: String!) {
  municipality(code: $code) { groupReports { groupName groupSlug id title text submittedAt submittedByName withheld } }
}`);

export async function fetchGroupReports(code: string): Promise<MunicipalReport[]> {
  const data = await graphql<{ municipality: { groupReports: MunicipalReport[] } | null }>(GROUP_REPORTS, { code });
  return data.municipality?.groupReports ?? [];
}
