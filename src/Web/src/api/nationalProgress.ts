import { graphql } from "./graphql";
import { operation } from "./operation";
import type { MemberRole, ProgrammePhase } from "./types";

/** Read models of the national console: counts, phases and means, never names or free text. */

/** Actions by status; an overdue one (due date passed, not done) is counted under its status too. */
export interface ActionCounts {
  planned: number;
  inProgress: number;
  onHold: number;
  done: number;
  overdue: number;
  total: number;
}

export interface PrerequisiteMean {
  prerequisite: number;
  title: string;
  mean: number | null;
}

export interface TemperatureSnapshot {
  closedAt: string;
  questionnaireVersion: number;
  respondents: number;
  mean: number | null;
  results: PrerequisiteMean[];
}

export interface WorkshopActivity {
  planned: number;
  held: number;
  lastHeldAt: string | null;
}

export interface RoleCount {
  role: MemberRole;
  label: string;
  count: number;
}

export type GroupKind = "STEERING" | "IMPLEMENTATION";
export type TopicKind = "PREREQUISITE" | "PRINCIPLE";

export interface TopicProgress {
  kind: TopicKind;
  number: number;
  title: string;
  actions: ActionCounts;
}

export interface GroupProgress {
  kind: GroupKind;
  name: string;
  members: number;
  participants: RoleCount[];
  actions: ActionCounts;
  topics: TopicProgress[];
  workshopsHeld: number;
}

export interface MunicipalityProgress {
  code: string;
  name: string;
  region: string;
  phase: ProgrammePhase;
  phaseTitle: string;
  joinedAt: string;
  checklistDone: number;
  checklistTotal: number;
  lastTemperatureRound: TemperatureSnapshot | null;
  temperatureRounds: TemperatureSnapshot[];
  actions: ActionCounts;
  workshops: WorkshopActivity;
  participants: RoleCount[];
  citizensTakePart: boolean;
  groups: GroupProgress[];
}

/** A row of the console's table: the drill-down's rounds and groups are left out. */
export type MunicipalityRow = Omit<MunicipalityProgress, "temperatureRounds" | "groups">;

export interface PhaseCount {
  phase: ProgrammePhase;
  title: string;
  count: number;
}

export interface RegionProgress {
  region: string;
  municipalities: number;
  participating: number;
  phases: PhaseCount[];
  actions: ActionCounts;
  workshopsHeld: number;
  citizensTakePart: number;
  temperatureMean: number | null;
}

export interface ProgressQuarter {
  quarter: string;
  joined: number;
  workshopsHeld: number;
  temperatureRounds: number;
  temperatureMean: number | null;
  actionsDone: number;
}

export interface NationalConsole {
  asOf: string;
  participating: number;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  municipalities: MunicipalityRow[];
  regions: RegionProgress[];
  trends: ProgressQuarter[];
}

export interface ConsoleQuery {
  region: string | null;
  phase: ProgrammePhase | null;
  after: string | null;
}

export const CONSOLE_PAGE_SIZE = 100;

const ACTIONS = "planned inProgress onHold done overdue total";
const SNAPSHOT = "closedAt questionnaireVersion respondents mean results { prerequisite title mean }";
const ROW = `code name region phase phaseTitle joinedAt checklistDone checklistTotal
  lastTemperatureRound { ${SNAPSHOT} }
  actions { ${ACTIONS} }
  workshops { planned held lastHeldAt }
  participants { role label count }
  citizensTakePart`;

const NATIONAL_CONSOLE = operation("NationalConsole", `query NationalConsole($region: String, $phase: ProgrammePhase, $first: Int, $after: String) {
  nationalConsole(region: $region, phase: $phase, first: $first, after: $after) {
    asOf participating totalCount
    pageInfo { hasNextPage endCursor }
    municipalities { ${ROW} }
    regions { region municipalities participating phases { phase title count } actions { ${ACTIONS} }
              workshopsHeld citizensTakePart temperatureMean }
    trends { quarter joined workshopsHeld temperatureRounds temperatureMean actionsDone }
  }
}`);

export async function fetchNationalConsole({ region, phase, after }: ConsoleQuery): Promise<NationalConsole> {
  const data = await graphql<{ nationalConsole: NationalConsole }>(NATIONAL_CONSOLE, { region, phase, first: CONSOLE_PAGE_SIZE, after });
  return data.nationalConsole;
}

const MUNICIPALITY_PROGRESS = operation("MunicipalityProgress", `query MunicipalityProgress($code: String!) {
  municipalityProgress(code: $code) {
    ${ROW}
    temperatureRounds { ${SNAPSHOT} }
    groups { kind name members participants { role label count } actions { ${ACTIONS} }
             topics { kind number title actions { ${ACTIONS} } } workshopsHeld }
  }
}`);

/** Null when the municipality has not joined the programme. */
export async function fetchMunicipalityProgress(code: string): Promise<MunicipalityProgress | null> {
  const data = await graphql<{ municipalityProgress: MunicipalityProgress | null }>(MUNICIPALITY_PROGRESS, { code });
  return data.municipalityProgress;
}
