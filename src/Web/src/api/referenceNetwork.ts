import { graphql } from "./graphql";
import { operation } from "./operation";
import type { Change } from "./types";

export interface NetworkRow {
  metric: string;
  /** The metric group's Danish name, e.g. "Temperaturmåling". */
  group: string;
  label: string;
  unit: string;
  /** The municipality's own figure; null for the national coordinator, without data, or hidden. */
  own: number | null;
  ownHidden: string | null;
  n: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Why the network's numbers are hidden; null when shown. */
  suppressed: string | null;
}

export interface Comparison {
  edition: number;
  publishedAt: string;
  showsOwnFigures: boolean;
  rows: NetworkRow[];
}

export interface ReferenceNetwork {
  member: boolean;
  mayJoin: boolean;
  mayLeave: boolean;
  mayPublish: boolean;
  editions: { id: number; publishedAt: string }[];
  comparison: Comparison | null;
}

export interface ReferenceNetworkPageData {
  municipality: { code: string; name: string };
  network: ReferenceNetwork;
}

const REFERENCE_NETWORK = operation("ReferenceNetwork", `query ReferenceNetwork($code: String!, $edition: Int) {
  municipality(code: $code) { code name }
  referenceNetwork(code: $code) {
    member mayJoin mayLeave mayPublish
    editions { id publishedAt }
    comparison(edition: $edition) {
      edition publishedAt showsOwnFigures
      rows { metric group label unit own ownHidden n median q1 q3 suppressed }
    }
  }
}`);

export async function fetchReferenceNetwork(code: string, edition: number | null): Promise<ReferenceNetworkPageData | null> {
  const data = await graphql<{ municipality: { code: string; name: string } | null; referenceNetwork: ReferenceNetwork }>(
    REFERENCE_NETWORK,
    { code, edition },
  );
  return data.municipality ? { municipality: data.municipality, network: data.referenceNetwork } : null;
}

const JOIN_REFERENCE_NETWORK = operation(
  "JoinReferenceNetwork",
  `mutation JoinReferenceNetwork($code: String!) { joinReferenceNetwork(municipalityCode: $code) { version id } }`,
);
const LEAVE_REFERENCE_NETWORK = operation(
  "LeaveReferenceNetwork",
  `mutation LeaveReferenceNetwork($code: String!) { leaveReferenceNetwork(municipalityCode: $code) { version id } }`,
);

export async function setReferenceNetworkMembership(code: string, member: boolean): Promise<Change> {
  const field = member ? "joinReferenceNetwork" : "leaveReferenceNetwork";
  const data = await graphql<Record<string, Change>>(member ? JOIN_REFERENCE_NETWORK : LEAVE_REFERENCE_NETWORK, { code });
  const result = data[field];
  if (!result) throw new Error(`Missing ${field} in response`);
  return result;
}

const PUBLISH_REFERENCE_NETWORK_EDITION = operation("PublishReferenceNetworkEdition", `mutation PublishReferenceNetworkEdition { publishReferenceNetworkEdition { id publishedAt } }`);

export async function publishReferenceNetworkEdition(): Promise<{ id: number; publishedAt: string }> {
  const data = await graphql<{ publishReferenceNetworkEdition: { id: number; publishedAt: string } }>(PUBLISH_REFERENCE_NETWORK_EDITION);
  return data.publishReferenceNetworkEdition;
}
