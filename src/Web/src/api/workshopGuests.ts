import { ApiError, GENERIC_ERROR, NETWORK_ERROR } from "./errors";

// Per workshop and per tab: a guest tab needs no staff sign-in, and a staff token is never replaced.
const keyOf = (workshop: string) => `recovery.workshop-guest.${workshop}`;

export function guestToken(workshop: string): string | null {
  try {
    return sessionStorage.getItem(keyOf(workshop));
  } catch {
    return null;
  }
}

export function forgetGuestToken(workshop: string): void {
  try {
    sessionStorage.removeItem(keyOf(workshop));
  } catch {
    // Storage unavailable: the token lived in nothing but this call anyway.
  }
}

const ADMISSION_ERRORS: Record<number, string> = {
  400: "Skriv dit navn (højst 100 tegn).",
  404: "Koden passer ikke til en åben workshop. Tjek koden, eller spørg facilitator.",
  429: "For mange forsøg. Vent et minut, og prøv igen.",
};

/** Exchanges a guest code and a display name for a token to one workshop; returns its key, e.g. "657/workshop/ws-1". */
export async function admitGuest(code: string, name: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch("/workshops/guests", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ code, name }),
    });
  } catch {
    throw new ApiError(NETWORK_ERROR, "NETWORK");
  }
  if (!response.ok) {
    const known = ADMISSION_ERRORS[response.status];
    throw new ApiError(known ?? (response.status >= 502 ? NETWORK_ERROR : GENERIC_ERROR));
  }
  const body = (await response.json().catch(() => null)) as { token?: unknown; workshop?: unknown } | null;
  if (typeof body?.token !== "string" || typeof body.workshop !== "string") throw new ApiError(GENERIC_ERROR);
  try {
    sessionStorage.setItem(keyOf(body.workshop), body.token);
  } catch {
    throw new ApiError("Browseren tillader ikke at gemme adgangen. Slå privat browsing fra, og prøv igen.");
  }
  return body.workshop;
}
