import { getToken } from "../auth";
import { ApiError, NETWORK_ERROR, userMessage } from "./errors";
import { graphql, sessionExpired } from "./graphql";
import { operation } from "./operation";
import { change, changeOperation } from "./mutations";
import type { Municipality, PlanItemStatus } from "./types";

export type KeyFigure = "EDUCATION_OR_EMPLOYMENT" | "READMISSIONS" | "EXPENDITURE" | "STAIRCASE_STEP";

export interface StaircaseStep {
  id: string;
  name: string;
  /** 0 is the bottom step, closest to an ordinary everyday life. */
  position: number;
}

export interface StaircaseQuarter {
  /** "2026K3". */
  quarter: string;
  counts: { stepId: string; count: number }[];
  educationOrEmploymentShare: number | null;
  readmissionShare: number | null;
  expenditure: { stepId: string; amount: number }[];
}

export interface StaircaseMovement {
  quarter: string;
  fromStepId: string;
  toStepId: string;
  count: number;
}

export interface AimedActivity {
  figure: KeyFigure;
  stepId: string | null;
  groupName: string;
  groupSlug: string | null;
  activityId: string;
  title: string;
  status: PlanItemStatus;
  withheld: boolean;
}

export interface Staircase {
  version: number;
  steps: StaircaseStep[];
  quarters: StaircaseQuarter[];
  movements: StaircaseMovement[];
  aimedActivities: AimedActivity[];
}

export interface StaircasePageData {
  version: number;
  municipality: Municipality;
  staircase: Staircase;
}

const STAIRCASE = operation("Staircase", `query Staircase($code: String!) {
  municipality(code: $code) {
    code name region
    staircase {
      version
      steps { id name position }
      quarters { quarter counts { stepId count } educationOrEmploymentShare readmissionShare expenditure { stepId amount } }
      movements { quarter fromStepId toStepId count }
      aimedActivities { figure stepId groupName groupSlug activityId title status withheld }
    }
  }
}`);

export async function fetchStaircase(code: string): Promise<StaircasePageData | null> {
  const data = await graphql<{ municipality: (Municipality & { staircase: Staircase }) | null }>(STAIRCASE, { code });
  if (!data.municipality) return null;
  const { staircase, ...municipality } = data.municipality;
  return { version: staircase.version, municipality, staircase };
}

const STAIRCASE_STEPS = operation("StaircaseSteps", `query StaircaseSteps($code: String!) { municipality(code: $code) { staircase { steps { id name position } } } }`);

/** Only the steps, for choosing which step an activity aims at. */
export async function fetchStaircaseSteps(code: string): Promise<StaircaseStep[]> {
  const data = await graphql<{ municipality: { staircase: { steps: StaircaseStep[] } } | null }>(STAIRCASE_STEPS, { code });
  return data.municipality?.staircase.steps ?? [];
}

interface Ref {
  municipalityCode: string;
}

const ADD_STAIRCASE_STEP = changeOperation("AddStaircaseStep", "addStaircaseStep", "AddStaircaseStepInput");

export const addStep = (input: Ref & { stepId: string; name: string; position: number | null }) =>
  change(ADD_STAIRCASE_STEP, input);
const RENAME_STAIRCASE_STEP = changeOperation("RenameStaircaseStep", "renameStaircaseStep", "RenameStaircaseStepInput");

export const renameStep = (input: Ref & { stepId: string; name: string }) =>
  change(RENAME_STAIRCASE_STEP, input);
const MOVE_STAIRCASE_STEP = changeOperation("MoveStaircaseStep", "moveStaircaseStep", "MoveStaircaseStepInput");

export const moveStep = (input: Ref & { stepId: string; position: number }) =>
  change(MOVE_STAIRCASE_STEP, input);
const REMOVE_STAIRCASE_STEP = changeOperation("RemoveStaircaseStep", "removeStaircaseStep", "RemoveStaircaseStepInput");

export const removeStep = (input: Ref & { stepId: string }) =>
  change(REMOVE_STAIRCASE_STEP, input);
const SET_STAIRCASE_COUNT = changeOperation("SetStaircaseCount", "setStaircaseCount", "SetStaircaseCountInput");

export const setCount = (input: Ref & { quarter: string; stepId: string; count: number }) =>
  change(SET_STAIRCASE_COUNT, input);
const RECORD_STAIRCASE_MOVEMENT = changeOperation("RecordStaircaseMovement", "recordStaircaseMovement", "RecordStaircaseMovementInput");

export const recordMovement = (input: Ref & { quarter: string; fromStepId: string; toStepId: string; count: number }) =>
  change(RECORD_STAIRCASE_MOVEMENT, input);
const SET_KEY_FIGURES = changeOperation("SetKeyFigures", "setKeyFigures", "SetKeyFiguresInput");

export const setKeyFigures = (input: Ref & { quarter: string; educationOrEmploymentShare: number | null; readmissionShare: number | null }) =>
  change(SET_KEY_FIGURES, input);
const SET_EXPENDITURE = changeOperation("SetExpenditure", "setExpenditure", "SetExpenditureInput");

export const setExpenditure = (input: Ref & { quarter: string; stepId: string; amount: number | null }) =>
  change(SET_EXPENDITURE, input);

export interface CsvRejection {
  /** 0: the file as a whole. */
  line: number;
  reason: string;
}

/** A file the server refused: why, and the lines it rejected. Nothing of it was stored. */
export class ImportRejected extends ApiError {
  readonly rejected: CsvRejection[];
  readonly rejectedCount: number;

  constructor(message: string, rejected: CsvRejection[], rejectedCount: number) {
    super(message, "VALIDATION");
    this.name = "ImportRejected";
    this.rejected = rejected;
    this.rejectedCount = rejectedCount;
  }
}

/** The size the server accepts; checked here too, so a huge file is refused before it is sent. */
export const CSV_MAX_BYTES = 256 * 1024;

/** Sends the file as it is; the server reads it as UTF-8 and stores all of its rows or none. */
export async function importStaircaseCsv(code: string, file: Blob): Promise<{ accepted: number; version: number }> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(`/imports/${encodeURIComponent(code)}/staircase`, {
      method: "POST",
      headers: { "Content-Type": "text/csv", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: file,
    });
  } catch {
    throw new ApiError(NETWORK_ERROR, "NETWORK");
  }
  if (response.status === 401) throw sessionExpired();
  let body: { accepted?: number; version?: number; title?: unknown; code?: unknown; rejected?: CsvRejection[]; rejectedCount?: number };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(response.status >= 502 ? NETWORK_ERROR : userMessage(undefined));
  }
  if (response.ok && typeof body.accepted === "number" && typeof body.version === "number") return { accepted: body.accepted, version: body.version };
  const message = userMessage(body.title);
  if (Array.isArray(body.rejected)) throw new ImportRejected(message, body.rejected, body.rejectedCount ?? body.rejected.length);
  throw new ApiError(message, typeof body.code === "string" ? body.code : undefined);
}
