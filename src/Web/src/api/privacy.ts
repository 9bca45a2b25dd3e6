import { graphql } from "./graphql";
import { operation } from "./operation";

/** One erasure as the municipality's record keeps it: never whom, beyond a person's id. */
export interface Erasure {
  kind: "person" | "citizen-measures";
  personId: string | null;
  erasedByName: string;
  erasedByRole: string;
  at: string;
}

/** One read of a citizen's answers: who, as what, through which field, when; the pseudonym is null once the citizen is erased. */
export interface CitizenAccess {
  at: string;
  pseudonym: string | null;
  readerId: string;
  readerName: string;
  readerRole: string;
  through: string;
}

export interface CitizenAccessLogPage {
  total: number;
  entries: CitizenAccess[];
}

export const ACCESS_LOG_PAGE = 50;

const ERASURES = operation("Erasures", `query Erasures($code: String!) { municipality(code: $code) { erasures { kind personId erasedByName erasedByRole at } } }`);

/** For the municipality's tovholder and strategic leaders. */
export async function fetchErasures(code: string): Promise<Erasure[]> {
  const data = await graphql<{ municipality: { erasures: Erasure[] } | null }>(ERASURES, { code });
  return data.municipality?.erasures ?? [];
}

const ERASE_PERSON = operation("ErasePerson", `mutation ErasePerson($input: ErasePersonInput!) { erasePerson(input: $input) }`);

/** True when erased now, false when the person was erased already. */
export async function erasePerson(municipalityCode: string, personId: string): Promise<boolean> {
  const data = await graphql<{ erasePerson: boolean }>(ERASE_PERSON, { input: { municipalityCode, personId } });
  return data.erasePerson;
}

const ERASE_CITIZEN_MEASURES = operation("EraseCitizenMeasures", `mutation EraseCitizenMeasures($input: CitizenInput!) { eraseCitizenMeasures(input: $input) }`);

export async function eraseCitizenMeasures(municipalityCode: string, pseudonym: string): Promise<void> {
  await graphql<{ eraseCitizenMeasures: boolean }>(ERASE_CITIZEN_MEASURES, { input: { municipalityCode, pseudonym } });
}

const CITIZEN_ACCESS_LOG = operation("CitizenAccessLog", `query CitizenAccessLog($code: String!, $offset: Int, $limit: Int) {
  municipality(code: $code) { citizenAccessLog(offset: $offset, limit: $limit) { total entries { at pseudonym readerId readerName readerRole through } } }
}`);

/** Newest first; `offset` counts entries, a page holds {@link ACCESS_LOG_PAGE}. */
export async function fetchCitizenAccessLog(code: string, offset: number): Promise<CitizenAccessLogPage> {
  const data = await graphql<{ municipality: { citizenAccessLog: CitizenAccessLogPage } | null }>(
    CITIZEN_ACCESS_LOG,
    { code, offset, limit: ACCESS_LOG_PAGE },
  );
  return data.municipality?.citizenAccessLog ?? { total: 0, entries: [] };
}
