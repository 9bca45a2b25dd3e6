import { parse } from "graphql";
import { expect, test } from "vitest";
import { collectTrustedDocuments, documentId } from "../../trustedDocuments.ts";
import { allOperations } from "./documents";

declare const __TRUSTED_DOCUMENT_IDS__: Record<string, string>;

const sources = import.meta.glob<string>(["../**/*.ts", "../**/*.tsx", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });
const declaration = /^(?:export )?const [A-Z][A-Z0-9_]* = (?:operation|changeOperation)\(\s*"([A-Za-z]+)"/gm;
const call = /(?<![\w.])(?:operation|changeOperation)\(/g;

test("every operation is declared once, at module level in src/api, and reaches the manifest", () => {
  const declared: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    const here = [...text.matchAll(declaration)].map((m) => m[1]!);
    const calls = [...text.matchAll(call)].length - [...text.matchAll(/function (?:operation|changeOperation)\(/g)].length;
    // A document made inside a function or anywhere else would not be in the build's manifest.
    expect(calls, `${path} makes GraphQL documents that are not module-level declarations`).toBe(here.length);
    if (here.length > 0) expect(path, "operations live in src/api").toMatch(/^\.\/[^/]+\.ts$/);
    declared.push(...here);
  }
  expect(new Set(declared).size).toBe(declared.length);
  expect(allOperations().map((o) => o.name).sort()).toEqual([...declared].sort());
});

test("each document parses and holds exactly the one operation it is named after", () => {
  for (const { name, text } of allOperations()) {
    const definitions = parse(text).definitions;
    expect(definitions, name).toHaveLength(1);
    expect(definitions[0]).toMatchObject({ kind: "OperationDefinition", name: { value: name } });
  }
});

test("ids are the SHA-256 of the text, the same on every build, and the client sends the manifest's id", async () => {
  expect(await documentId("{ __typename }")).toBe("sha256:7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b");
  const first = await collectTrustedDocuments();
  const second = await collectTrustedDocuments();
  expect(second).toEqual(first);
  expect(first.length).toBe(allOperations().length);
  for (const { name, text, id } of first) {
    expect(id).toBe(await documentId(text));
    expect(__TRUSTED_DOCUMENT_IDS__[name]).toBe(id);
  }
  expect(new Set(first.map((d) => d.id)).size).toBe(first.length);
});
