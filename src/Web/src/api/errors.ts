export const NETWORK_ERROR = "Kan ikke få forbindelse til serveren. Prøv igen.";
export const GENERIC_ERROR = "Der opstod en uventet fejl. Prøv igen.";

export type ErrorCode =
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "CONFLICT"
  | "RULE_VIOLATION"
  | "NETWORK"
  | (string & {});

/** An error whose message is always safe, Danish text for the user. */
export class ApiError extends Error {
  readonly code: ErrorCode | undefined;

  constructor(message: string, code?: ErrorCode) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : GENERIC_ERROR;
}

// The server sends Danish messages; anything that looks like framework internals
// (stack traces, the generic execution error) is replaced by a Danish message.
export function userMessage(message: unknown): string {
  if (typeof message !== "string" || message.trim() === "") return GENERIC_ERROR;
  if (/\n\s+at\s|Exception\b|Unexpected Execution Error/.test(message)) return GENERIC_ERROR;
  return message;
}
