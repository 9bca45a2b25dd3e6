import { graphql } from "./graphql";
import type { Change } from "./types";

export interface TemperatureStatement {
  id: string;
  prerequisite: number;
  text: string;
}

export interface PrerequisiteResult {
  prerequisite: { number: number; title: string };
  respondents: number;
  mean: number | null;
  spread: number | null;
  change: number | null;
}

export interface Reflection {
  question: number;
  text: string;
  answer: string | null;
}

export interface TemperatureRound {
  id: string;
  title: string;
  questionnaireVersion: number;
  questionnaire: { statements: TemperatureStatement[] } | null;
  respondents: number;
  responded: number;
  youAreRespondent: boolean;
  yourAnswers: { statement: string; score: number }[] | null;
  closed: boolean;
  results: PrerequisiteResult[] | null;
  reflections: Reflection[];
  version: number;
}

export interface TemperatureRoundSummary {
  id: string;
  title: string;
  questionnaireVersion: number;
  openedAt: string;
  closedAt: string | null;
  youAreRespondent: boolean;
  /** Empty until the round is closed. */
  results: PrerequisiteResult[];
}

/** A plan action made from a measurement, as the round page lists them. */
export interface SourcedAction {
  id: string;
  title: string;
  prerequisite: number | null;
  status: string;
  withheld: boolean;
}

export interface RoundPage {
  round: TemperatureRound | null;
  actions: SourcedAction[];
}

/**
 * The round, and once it is closed the plan items made from it. While the round is open every answer
 * makes each open page refetch, so the plan overview is read only when it can have something to show.
 */
export async function fetchRoundPage(code: string, id: string): Promise<RoundPage> {
  const data = await graphql<{ municipality: { temperatureRound: TemperatureRound | null } | null }>(
    "TemperatureRound",
    `query TemperatureRound($code: String!, $id: ID!) {
      municipality(code: $code) {
        temperatureRound(id: $id) {
          id title questionnaireVersion respondents responded youAreRespondent closed version
          questionnaire { statements { id prerequisite text } }
          yourAnswers { statement score }
          results { prerequisite { number title } respondents mean spread change }
          reflections { question text answer }
        }
      }
    }`,
    { code, id },
  );
  const round = data.municipality?.temperatureRound ?? null;
  return { round, actions: round?.closed ? await fetchActionsFrom(code, id) : [] };
}

async function fetchActionsFrom(code: string, id: string): Promise<SourcedAction[]> {
  const data = await graphql<{ municipality: { actions: SourcedAction[] } | null }>(
    "ActionsFromTemperatureRound",
    `query ActionsFromTemperatureRound($code: String!, $id: ID!) {
      municipality(code: $code) { actions(source: { kind: TEMPERATURE_ROUND, id: $id }) { id title prerequisite status withheld } }
    }`,
    { code, id },
  );
  return data.municipality?.actions ?? [];
}

export async function fetchRounds(code: string): Promise<TemperatureRoundSummary[]> {
  const data = await graphql<{ municipality: { temperatureRounds: TemperatureRoundSummary[] } | null }>(
    "TemperatureRounds",
    `query TemperatureRounds($code: String!) {
      municipality(code: $code) { temperatureRounds { id title questionnaireVersion openedAt closedAt youAreRespondent results { prerequisite { number title } respondents mean spread change } } }
    }`,
    { code },
  );
  return data.municipality?.temperatureRounds ?? [];
}

async function change(name: string, field: string, type: string, input: Record<string, unknown>): Promise<Change> {
  const data = await graphql<Record<string, Change>>(name, `mutation ${name}($input: ${type}!) { ${field}(input: $input) { version id } }`, { input });
  const result = data[field];
  if (!result) throw new Error(`Missing ${field} in response`);
  return result;
}

export function openRound(code: string, title: string, respondentIds: string[]) {
  return change("OpenTemperatureRound", "openTemperatureRound", "OpenTemperatureRoundInput", { municipalityCode: code, title, respondentIds });
}

export function answerRound(code: string, roundId: string, answers: { statement: string; score: number }[]) {
  return change("AnswerTemperatureRound", "answerTemperatureRound", "AnswerTemperatureRoundInput", { municipalityCode: code, roundId, answers });
}

export function closeRound(code: string, roundId: string) {
  return change("CloseTemperatureRound", "closeTemperatureRound", "CloseTemperatureRoundInput", { municipalityCode: code, roundId });
}

export function reflect(code: string, roundId: string, question: number, answer: string) {
  return change("ReflectOnTemperatureRound", "reflectOnTemperatureRound", "ReflectOnTemperatureRoundInput", {
    municipalityCode: code,
    roundId,
    question,
    answer,
  });
}

/** A development-plan item under the prerequisite, linked back to the round it came from. */
export function planFromRound(code: string, roundId: string, prerequisite: number, title: string, description: string) {
  return change("AddPlanItemFromRound", "addPlanItem", "AddPlanItemInput", {
    municipalityCode: code,
    prerequisite,
    title,
    description,
    source: { kind: "TEMPERATURE_ROUND", id: roundId },
  });
}

export interface Questionnaire {
  version: number;
  statements: TemperatureStatement[];
}

export async function fetchQuestionnaires(): Promise<Questionnaire[]> {
  const data = await graphql<{ temperatureQuestionnaires: Questionnaire[] }>(
    "TemperatureQuestionnaires",
    `query TemperatureQuestionnaires { temperatureQuestionnaires { version statements { id prerequisite text } } }`,
  );
  return data.temperatureQuestionnaires;
}

/** Publishes the next version; the answer's id is the new version number. */
export function publishQuestionnaire(statements: { prerequisite: number; text: string }[]) {
  return change("PublishTemperatureQuestionnaire", "publishTemperatureQuestionnaire", "PublishQuestionnaireInput", { statements });
}
