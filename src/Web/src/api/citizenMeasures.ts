import { ApiError, GENERIC_ERROR, NETWORK_ERROR } from "./errors";
import { graphql } from "./graphql";
import { operation } from "./operation";

export type InstrumentId = "who5" | "brief-inspire-o";

export interface Instrument {
  id: InstrumentId;
  name: string;
  introduction: string;
  items: string[];
  options: { value: number; label: string }[];
  cutOff: number;
  relevantChange: number;
}

export interface MeasureAnswer {
  instrument: InstrumentId;
  answers: (number | null)[];
  score: number | null;
  missing: number;
  period: string;
  at: string;
  onBehalf: boolean;
}

export interface CitizenRecord {
  pseudonym: string;
  youAreOwnStaff: boolean;
  /** Empty unless the viewer is one of them. */
  ownStaffIds: string[];
  hasPersonalCode: boolean;
  measures: MeasureAnswer[];
}

export interface PeriodAggregate {
  period: string;
  suppressed: boolean;
  citizens: number | null;
  mean: number | null;
  shareAboveCutOff: number | null;
  shareWithRelevantChange: number | null;
  shareWithRelevantWorsening: number | null;
}

/** A citizen signed in with the personal code, in this tab only: a shared staff device forgets them when the tab closes. */
export interface CitizenSession {
  token: string;
  municipality: string;
  pseudonym: string;
}

const SESSION_KEY = "recovery.citizen";

export function citizenSession(): CitizenSession | null {
  try {
    const stored = sessionStorage.getItem(SESSION_KEY);
    return stored ? (JSON.parse(stored) as CitizenSession) : null;
  } catch {
    return null;
  }
}

export function forgetCitizenSession(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

const SIGN_IN_ERRORS: Record<number, string> = {
  404: "Koden passer ikke. Tjek koden, eller spørg en medarbejder om en ny.",
  429: "For mange forsøg. Vent et minut, og prøv igen.",
};

export async function signInWithCode(code: string): Promise<CitizenSession> {
  let response: Response;
  try {
    response = await fetch("/citizens/sign-in", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ code }),
    });
  } catch {
    throw new ApiError(NETWORK_ERROR, "NETWORK");
  }
  if (!response.ok) throw new ApiError(SIGN_IN_ERRORS[response.status] ?? (response.status >= 502 ? NETWORK_ERROR : GENERIC_ERROR));
  const body = (await response.json().catch(() => null)) as Partial<CitizenSession> | null;
  if (typeof body?.token !== "string" || typeof body.municipality !== "string" || typeof body.pseudonym !== "string")
    throw new ApiError(GENERIC_ERROR);
  const session = { token: body.token, municipality: body.municipality, pseudonym: body.pseudonym };
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Without storage the citizen stays signed in on this page only.
  }
  return session;
}

const CITIZEN_MEASURE_INSTRUMENTS = operation("CitizenMeasureInstruments", `query CitizenMeasureInstruments { citizenMeasureInstruments { id name introduction items options { value label } cutOff relevantChange } }`);

export async function fetchInstruments(): Promise<Instrument[]> {
  const data = await graphql<{ citizenMeasureInstruments: Instrument[] }>(CITIZEN_MEASURE_INSTRUMENTS);
  return data.citizenMeasureInstruments;
}

const MY_CITIZENS = operation("MyCitizens", `query MyCitizens($code: String!) { municipality(code: $code) { myCitizens { pseudonym } } }`);

export async function fetchMyCitizens(code: string): Promise<string[]> {
  const data = await graphql<{ municipality: { myCitizens: { pseudonym: string }[] } | null }>(MY_CITIZENS, { code });
  return data.municipality?.myCitizens.map((c) => c.pseudonym) ?? [];
}

const CITIZEN = operation("Citizen", `query Citizen($code: String!, $pseudonym: String!) {
  municipality(code: $code) {
    citizen(pseudonym: $pseudonym) { pseudonym youAreOwnStaff ownStaffIds hasPersonalCode measures { instrument answers score missing period at onBehalf } }
  }
}`);

export async function fetchCitizen(code: string, pseudonym: string, citizenToken?: string): Promise<CitizenRecord | null> {
  const data = await graphql<{ municipality: { citizen: CitizenRecord | null } | null }>(
    CITIZEN,
    { code, pseudonym },
    citizenToken,
  );
  return data.municipality?.citizen ?? null;
}

const CITIZEN_MEASURE_AGGREGATES = operation("CitizenMeasureAggregates", `query CitizenMeasureAggregates($code: String!, $instrument: String!) {
  municipality(code: $code) {
    citizenMeasureAggregates(instrument: $instrument) {
      period suppressed citizens mean shareAboveCutOff shareWithRelevantChange shareWithRelevantWorsening
    }
  }
}`);

export async function fetchAggregates(code: string, instrument: InstrumentId): Promise<PeriodAggregate[]> {
  const data = await graphql<{ municipality: { citizenMeasureAggregates: PeriodAggregate[] } | null }>(
    CITIZEN_MEASURE_AGGREGATES,
    { code, instrument },
  );
  return data.municipality?.citizenMeasureAggregates ?? [];
}

const ENROL_CITIZEN = operation("EnrolCitizen", `mutation EnrolCitizen($input: EnrolCitizenInput!) { enrolCitizen(input: $input) { id } }`);

export async function enrolCitizen(code: string): Promise<string> {
  const data = await graphql<{ enrolCitizen: { id: string } }>(ENROL_CITIZEN, { input: { municipalityCode: code } });
  return data.enrolCitizen.id;
}

const ISSUE_PERSONAL_CODE = operation("IssuePersonalCode", `mutation IssuePersonalCode($input: CitizenInput!) { issuePersonalCode(input: $input) { code } }`);

export async function issuePersonalCode(code: string, pseudonym: string): Promise<string> {
  const data = await graphql<{ issuePersonalCode: { code: string } }>(ISSUE_PERSONAL_CODE, { input: { municipalityCode: code, pseudonym } });
  return data.issuePersonalCode.code;
}

const CHANGE_CITIZEN_STAFF = operation("ChangeCitizenStaff", `mutation ChangeCitizenStaff($input: ChangeCitizenStaffInput!) { changeCitizenStaff(input: $input) { version } }`);

export async function changeCitizenStaff(code: string, pseudonym: string, ownStaffIds: string[]): Promise<void> {
  await graphql(CHANGE_CITIZEN_STAFF, { input: { municipalityCode: code, pseudonym, ownStaffIds } });
}

const ANSWER_CITIZEN_MEASURE = operation("AnswerCitizenMeasure", `mutation AnswerCitizenMeasure($input: AnswerCitizenMeasureInput!) { answerCitizenMeasure(input: $input) { version } }`);

export async function answerMeasure(
  code: string,
  pseudonym: string,
  instrument: InstrumentId,
  answers: (number | null)[],
  onBehalf: boolean,
  citizenToken?: string,
): Promise<void> {
  const given = answers.flatMap((value, i) => (value === null ? [] : [{ item: i + 1, value }]));
  await graphql(
    ANSWER_CITIZEN_MEASURE,
    { input: { municipalityCode: code, pseudonym, instrument, answers: given, onBehalf } },
    citizenToken,
  );
}

/** "2026-Q4" as people say it. */
export function periodLabel(period: string): string {
  const [year, quarter] = period.split("-Q");
  return quarter ? `${quarter}. kvartal ${year}` : period;
}

/** The score, or why there is none. */
export function scoreText(measure: Pick<MeasureAnswer, "score" | "missing">): string {
  if (measure.score !== null) return `${measure.score}`;
  return `Ikke scoret: ${measure.missing} udsagn mangler svar`;
}
