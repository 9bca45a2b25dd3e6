import { graphql } from "./graphql";

/** Someone in the municipality's directory: a member of one of its groups, with the id they sign in with. */
export interface KnownPerson {
  personId: string;
  name: string;
}

export async function fetchPeople(code: string): Promise<KnownPerson[]> {
  const data = await graphql<{ municipality: { people: KnownPerson[] } | null }>(
    "People",
    `query People($code: String!) { municipality(code: $code) { people { personId name } } }`,
    { code },
  );
  return data.municipality?.people ?? [];
}
