import { expireSession, getToken } from "../auth";
import { navigate } from "../router";
import { ApiError, GENERIC_ERROR, NETWORK_ERROR, userMessage } from "./errors";
import type { Operation } from "./operation";

/** Document ids by operation name, written by the build (see trustedDocuments.ts beside vite.config.ts). */
declare const __TRUSTED_DOCUMENT_IDS__: Record<string, string>;

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Drops a token the server no longer accepts and sends the user to sign in; shared with file downloads. */
export function sessionExpired(message?: unknown): ApiError {
  if (getToken() !== null) {
    expireSession();
    navigate("/log-ind");
  }
  return new ApiError(
    message === undefined ? "Du skal logge ind for at se dette." : userMessage(message),
    "UNAUTHENTICATED",
  );
}

export const CITIZEN_SESSION_EXPIRED = "Din adgang er udløbet. Skriv din personlige kode igen.";

/**
 * What the request names: a built client sends only the document's id from the trusted-documents manifest,
 * which is all a production server accepts. The development server (`vite`) sends the text instead, because
 * the Silo's manifest is from the last build, not from the code being edited.
 */
function documentOf(operation: Operation): { documentId: string } | { query: string } {
  return import.meta.env.DEV ? { query: operation.text } : { documentId: __TRUSTED_DOCUMENT_IDS__[operation.name]! };
}

/**
 * Runs a GraphQL operation with the signed-in user's token, or with `citizenToken` (a personal-code
 * token) when given: that one never touches the staff session, and its expiry only asks for the code again.
 */
export async function graphql<T>(operation: Operation, variables: Record<string, unknown> = {}, citizenToken?: string): Promise<T> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Accept: "application/graphql-response+json, application/json",
  };
  const token = citizenToken ?? getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const expired = (message?: unknown) =>
    citizenToken === undefined ? sessionExpired(message) : new ApiError(CITIZEN_SESSION_EXPIRED, "UNAUTHENTICATED");

  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ ...documentOf(operation), variables, operationName: operation.name }),
    });
  } catch {
    throw new ApiError(NETWORK_ERROR, "NETWORK");
  }

  if (response.status === 401) throw expired();

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    // Proxies answer 502/503/504 with HTML when the server is down.
    throw new ApiError(response.status >= 502 ? NETWORK_ERROR : GENERIC_ERROR);
  }

  const first = body.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === "string" ? first.extensions.code : undefined;
    if (code === "UNAUTHENTICATED") throw expired(first.message);
    throw new ApiError(userMessage(first.message), code);
  }
  if (!response.ok || body.data == null) throw new ApiError(GENERIC_ERROR);
  return body.data;
}
