import { expect, test } from "vitest";
import { roomError } from "./workshop";

// SignalR puts its own sentence before a hub method's refusal; the session needs the code and the Danish text.
const signalR = (refusal: string) => new Error(`An unexpected error occurred invoking 'Submit' on the server. HubException: ${refusal}`);

test("a message too large for the hub is a refusal with its Danish text, shown to the author", () => {
  const error = roomError(signalR("REQUEST_TOO_LARGE: Beskeden er for stor (højst 26 KB). Del ændringen op i mindre dele; intet er ændret."));
  expect(error.code).toBe("REQUEST_TOO_LARGE");
  expect(error.message).toBe("Beskeden er for stor (højst 26 KB). Del ændringen op i mindre dele; intet er ændret.");
});

test("the per-person rate limit is RATE_LIMITED, which the session sends again later", () => {
  expect(roomError(signalR("RATE_LIMITED: Du sender mere, end serveren tager imod fra én person, også med flere vinduer åbne.")).code).toBe("RATE_LIMITED");
});

test("a dropped connection has no code", () => {
  expect(roomError(new Error("Invocation canceled due to the underlying connection being closed.")).code).toBeNull();
});
