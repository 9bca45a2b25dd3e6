import type { Operation } from "./operation";
import { registeredOperations } from "./operation";

// Loading every module here declares every operation the web client can send.
import.meta.glob(["./*.ts", "!./*.test.ts", "!./documents.ts"], { eager: true });

/** All of the web client's GraphQL documents: what the build writes into the trusted-documents manifest. */
export function allOperations(): Operation[] {
  return registeredOperations();
}
