import type { Persona } from "../auth";
import { ApiError, GENERIC_ERROR, NETWORK_ERROR, userMessage } from "./errors";

async function request(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(NETWORK_ERROR, "NETWORK");
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  if (response.status >= 502) return new ApiError(NETWORK_ERROR, "NETWORK");
  try {
    const body = (await response.json()) as { message?: unknown; detail?: unknown; title?: unknown };
    const message = body.message ?? body.detail;
    if (typeof message === "string") return new ApiError(userMessage(message));
  } catch {
    // Not JSON; fall through to the generic message.
  }
  return new ApiError(GENERIC_ERROR);
}

export interface SignInOptions {
  demo: boolean;
  provider: { displayName: string; signInPath: string } | null;
}

/** What the server offers: demo personas (demo mode only), a provider's sign-in, both or neither. */
export async function fetchSignInOptions(): Promise<SignInOptions> {
  const response = await request("/auth/options");
  if (!response.ok) throw await errorFrom(response);
  const body = (await response.json().catch(() => null)) as SignInOptions | null;
  if (typeof body?.demo !== "boolean") throw new ApiError(GENERIC_ERROR);
  return body;
}

/** Null when demo sign-in is switched off on the server (404). */
export async function fetchPersonas(): Promise<Persona[] | null> {
  const response = await request("/auth/personas");
  if (response.status === 404) return null;
  if (!response.ok) throw await errorFrom(response);
  try {
    return (await response.json()) as Persona[];
  } catch {
    // The SPA fallback answers with HTML when the endpoint does not exist.
    return null;
  }
}

export async function fetchDemoToken(user: string): Promise<string> {
  const response = await request("/auth/demo-token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw await errorFrom(response);
  const body = (await response.json().catch(() => null)) as { token?: unknown } | null;
  if (typeof body?.token !== "string") throw new ApiError(GENERIC_ERROR);
  return body.token;
}
