import type { MemberRole, PlanItemStatus, ProgrammePhase } from "./api/types";

export const memberRoleLabels: Record<MemberRole, string> = {
  TOVHOLDER: "Tovholder",
  STRATEGIC_LEADER: "Strategisk leder (direktør/chef)",
  PROFESSIONAL_LEADER: "Faglig leder",
  POLITICIAN: "Politiker",
  CITIZEN: "Borger",
  RELATIVE: "Pårørende",
  PEER_WORKER: "Peermedarbejder",
  STAFF: "Medarbejder",
  CASE_HANDLER: "Sagsbehandler",
};

export const memberRoles = Object.keys(memberRoleLabels) as MemberRole[];

export const planStatusLabels: Record<PlanItemStatus, string> = {
  PLANNED: "Planlagt",
  IN_PROGRESS: "I gang",
  DONE: "Færdig",
  ON_HOLD: "Sat på pause",
};

export const planStatuses = Object.keys(planStatusLabels) as PlanItemStatus[];

const userRoleLabels: Record<string, string> = {
  tovholder: "Tovholder",
  "strategic-leader": "Strategisk leder",
  "professional-leader": "Faglig leder",
  politician: "Politiker",
  citizen: "Borger",
  relative: "Pårørende",
  "peer-worker": "Peermedarbejder",
  staff: "Medarbejder",
  "case-handler": "Sagsbehandler",
  "national-coordinator": "National koordinator",
};

/** Danish label for a role string from the token (Viewer.role, personas). */
export function userRoleLabel(role: string): string {
  return userRoleLabels[role] ?? userRoleLabels[role.toLowerCase().replace(/_/g, "-")] ?? role;
}

export const NATIONAL_COORDINATOR = "national-coordinator";

/** Roles that may establish their own municipality's steering group. */
export const ESTABLISHING_ROLES = new Set(["tovholder", "strategic-leader"]);

/** Danish genitive: "Herning" → "Hernings", "Vesthimmerlands" → "Vesthimmerlands'". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

export function memberName(name: string | null | undefined): string {
  return name ?? "Navn skjult";
}

export function countLabel(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The eight organisational prerequisites, as the server names them; guests in a workshop cannot ask GraphQL. */
export const prerequisiteTitles: Record<number, string> = {
  1: "Politisk fokus",
  2: "Klart strategisk afsæt",
  3: "Tydelig og vedholdende ledelse",
  4: "Tæt samarbejde på tværs",
  5: "Inddragende sagsbehandling",
  6: "Tilgængelige, relevante og fleksible tilbud",
  7: "Kompetencer og faglighed",
  8: "Understøttende kultur, sprog og mindset",
};

/** Plan item status in a workshop room, where the wire uses camelCase values. */
export const roomStatusLabels: Record<string, string> = {
  planned: "Planlagt",
  inProgress: "I gang",
  done: "Færdig",
  onHold: "Sat på pause",
};

/** The programme's phases in order, as the server names them (the indicator shows all four). */
export const programmePhaseLabels: Record<ProgrammePhase, string> = {
  START_UP: "Opstart",
  ANALYSIS: "Analyse",
  TRIAL_AND_DEVELOPMENT: "Afprøvning og udvikling",
  REPORTING: "Afrapportering og formidling",
};

export const programmePhases = Object.keys(programmePhaseLabels) as ProgrammePhase[];
