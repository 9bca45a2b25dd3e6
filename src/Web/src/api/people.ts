import { graphql } from "./graphql";
import { operation } from "./operation";

/** Someone in the municipality's directory: a member of one of its groups, with the id they sign in with. */
export interface KnownPerson {
  personId: string;
  name: string;
}

const PEOPLE = operation("People", `query People($code: String!, $slug: String) { municipality(code: $code) { people(slug: $slug) { personId name } } }`);

/** For those who add members: the municipality's tovholder and leaders, or with `slug` those who govern that group. */
export async function fetchPeople(code: string, slug?: string): Promise<KnownPerson[]> {
  const data = await graphql<{ municipality: { people: KnownPerson[] } | null }>(PEOPLE, { code, slug: slug ?? null });
  return data.municipality?.people ?? [];
}
