import { parse } from "graphql";
import { runnerImport, type Plugin } from "vite";
import type { Operation } from "./src/api/operation";

/** The manifest's file name in the build output; the Silo reads it from its web root. */
export const MANIFEST = "trusted-documents.json";

export interface TrustedDocument extends Operation {
  /** `sha256:` and the hex SHA-256 of the text's UTF-8 bytes, as the GraphQL-over-HTTP persisted-documents convention names it. */
  readonly id: string;
}

export async function documentId(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The web client's folder: this file sits beside vite.config.ts. */
const root = decodeURIComponent(new URL(".", import.meta.url).pathname);

/** Loads the client's API modules the way the build transforms them and returns every operation they declare. */
export async function collectTrustedDocuments(): Promise<TrustedDocument[]> {
  const { module } = await runnerImport<{ allOperations(): Operation[] }>("/src/api/documents.ts", {
    root,
    configFile: false,
    logLevel: "error",
  });
  const operations = module.allOperations();
  for (const { name, text } of operations) {
    const defined = parse(text).definitions;
    if (defined.length !== 1 || defined[0]?.kind !== "OperationDefinition" || defined[0].name?.value !== name)
      throw new Error(`The GraphQL document ${name} must hold exactly one operation, named ${name}.`);
  }
  return Promise.all(operations.map(async (o) => ({ ...o, id: await documentId(o.text) })));
}

/**
 * Gives the client each operation's id (`__TRUSTED_DOCUMENT_IDS__`) and writes the manifest (id → text) into
 * the build output: the web client's documents, extracted at build time, are the only ones production runs.
 */
export function trustedDocuments(): Plugin {
  let documents: TrustedDocument[] = [];
  return {
    name: "recovery:trusted-documents",
    async config() {
      documents = await collectTrustedDocuments();
      return { define: { __TRUSTED_DOCUMENT_IDS__: JSON.stringify(Object.fromEntries(documents.map((d) => [d.name, d.id]))) } };
    },
    generateBundle() {
      const manifest = Object.fromEntries(documents.map((d) => [d.id, d.text]));
      this.emitFile({ type: "asset", fileName: MANIFEST, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
