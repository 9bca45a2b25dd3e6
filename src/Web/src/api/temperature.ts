import { graphql } from "./graphql";
import { change, changeOperation } from "./mutations";
import { operation } from "./operation";

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

const TEMPERATURE_ROUND = operation("TemperatureRound", `query TemperatureRound($code: String!, $id: ID!) {
  municipality(code: $code) {
    temperatureRound(id: $id) {
      id title questionnaireVersion respondents responded youAreRespondent closed version
      questionnaire { statements { id prerequisite text } }
      yourAnswers { statement score }
      results { prerequisite { number title } respondents mean spread change }
      reflections { question text answer }
    }
  }
}`);

/**
 * The round, and once it is closed the plan items made from it. While the round is open every answer
 * makes each open page refetch, so the plan overview is read only when it can have something to show.
 */
export async function fetchRoundPage(code: string, id: string): Promise<RoundPage> {
  const data = await graphql<{ municipality: { temperatureRound: TemperatureRound | null } | null }>(TEMPERATURE_ROUND, { code, id });
  const round = data.municipality?.temperatureRound ?? null;
  return { round, actions: round?.closed ? await fetchActionsFrom(code, id) : [] };
}

const ACTIONS_FROM_TEMPERATURE_ROUND = operation("ActionsFromTemperatureRound", `query ActionsFromTemperatureRound($code: String!, $id: ID!) {
  municipality(code: $code) { actions(source: { kind: TEMPERATURE_ROUND, id: $id }) { id title prerequisite status withheld } }
}`);

async function fetchActionsFrom(code: string, id: string): Promise<SourcedAction[]> {
  const data = await graphql<{ municipality: { actions: SourcedAction[] } | null }>(ACTIONS_FROM_TEMPERATURE_ROUND, { code, id });
  return data.municipality?.actions ?? [];
}

const TEMPERATURE_ROUNDS = operation("TemperatureRounds", `query TemperatureRounds($code: String!) {
  municipality(code: $code) { temperatureRounds { id title questionnaireVersion openedAt closedAt youAreRespondent results { prerequisite { number title } respondents mean spread change } } }
}`);

export async function fetchRounds(code: string): Promise<TemperatureRoundSummary[]> {
  const data = await graphql<{ municipality: { temperatureRounds: TemperatureRoundSummary[] } | null }>(TEMPERATURE_ROUNDS, { code });
  return data.municipality?.temperatureRounds ?? [];
}

const OPEN_TEMPERATURE_ROUND = changeOperation("OpenTemperatureRound", "openTemperatureRound", "OpenTemperatureRoundInput");

export function openRound(code: string, title: string, respondentIds: string[]) {
  return change(OPEN_TEMPERATURE_ROUND, { municipalityCode: code, title, respondentIds });
}

const ANSWER_TEMPERATURE_ROUND = changeOperation("AnswerTemperatureRound", "answerTemperatureRound", "AnswerTemperatureRoundInput");

export function answerRound(code: string, roundId: string, answers: { statement: string; score: number }[]) {
  return change(ANSWER_TEMPERATURE_ROUND, { municipalityCode: code, roundId, answers });
}

const CLOSE_TEMPERATURE_ROUND = changeOperation("CloseTemperatureRound", "closeTemperatureRound", "CloseTemperatureRoundInput");

export function closeRound(code: string, roundId: string) {
  return change(CLOSE_TEMPERATURE_ROUND, { municipalityCode: code, roundId });
}

const REFLECT_ON_TEMPERATURE_ROUND = changeOperation("ReflectOnTemperatureRound", "reflectOnTemperatureRound", "ReflectOnTemperatureRoundInput");

export function reflect(code: string, roundId: string, question: number, answer: string) {
  return change(REFLECT_ON_TEMPERATURE_ROUND, {
    municipalityCode: code,
    roundId,
    question,
    answer,
  });
}

const ADD_PLAN_ITEM_FROM_ROUND = changeOperation("AddPlanItemFromRound", "addPlanItem", "AddPlanItemInput");

/** A development-plan item under the prerequisite, linked back to the round it came from. */
export function planFromRound(code: string, roundId: string, prerequisite: number, title: string, description: string) {
  return change(ADD_PLAN_ITEM_FROM_ROUND, {
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

const TEMPERATURE_QUESTIONNAIRES = operation("TemperatureQuestionnaires", `query TemperatureQuestionnaires { temperatureQuestionnaires { version statements { id prerequisite text } } }`);

export async function fetchQuestionnaires(): Promise<Questionnaire[]> {
  const data = await graphql<{ temperatureQuestionnaires: Questionnaire[] }>(TEMPERATURE_QUESTIONNAIRES);
  return data.temperatureQuestionnaires;
}

const PUBLISH_TEMPERATURE_QUESTIONNAIRE = changeOperation("PublishTemperatureQuestionnaire", "publishTemperatureQuestionnaire", "PublishQuestionnaireInput");

/** Publishes the next version; the answer's id is the new version number. */
export function publishQuestionnaire(statements: { prerequisite: number; text: string }[]) {
  return change(PUBLISH_TEMPERATURE_QUESTIONNAIRE, { statements });
}
