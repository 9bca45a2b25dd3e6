/** What the server put in /log-ind's fragment after a sign-in through the provider: fragments never reach a server or its logs. */
export type SignInReturn = { token: string } | { refusal: string };

const FAILED = "Log-ind blev ikke gennemført. Prøv igen.";

const REFUSALS: Record<string, string> = {
  NO_ROLE:
    "Du er logget ind hos login-udbyderen, men din bruger har ingen rolle i Recovery. Kontakt den, der administrerer brugere i din kommune, for at få en rolle.",
  NO_MUNICIPALITY:
    "Du er logget ind hos login-udbyderen, men vi kan ikke se, hvilken kommune du hører til. Kontakt den, der administrerer brugere i din kommune.",
  NO_PERSON:
    "Login-udbyderen sendte ikke, hvem du er. Kontakt den, der administrerer brugere i din kommune.",
  SIGN_IN_FAILED: FAILED,
};

export function readSignInReturn(hash: string): SignInReturn | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token");
  if (token) return { token };
  const code = params.get("fejl");
  if (code) return { refusal: REFUSALS[code] ?? FAILED };
  return null;
}
