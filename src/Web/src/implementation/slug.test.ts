import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidSlug, suggestSlug } from "./slug";

describe("suggestSlug", () => {
  it.each([
    ["Bostøtte", "bostoette"],
    ["Botilbud Ærø & Åbyhøj", "botilbud-aeroe-aabyhoej"],
    ["  Myndighed (Vest)  ", "myndighed-vest"],
    ["Café Søgård 2", "cafe-soegaard-2"],
    ["ÆØÅ", "aeoeaa"],
    ["!!!", ""],
  ])("%s → %s", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it("is cut to 40 characters without a trailing hyphen", () => {
    const slug = suggestSlug("Implementeringsgruppen for bostøtte og botilbud i hele kommunen");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("is always valid or empty, whatever the name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (name) => {
        const slug = suggestSlug(name);
        expect(slug === "" || isValidSlug(slug)).toBe(true);
      }),
    );
  });
});

describe("isValidSlug", () => {
  it("accepts what the server accepts", () => {
    expect(isValidSlug("bostoette-1")).toBe(true);
    expect(isValidSlug("")).toBe(false);
    expect(isValidSlug("Bostøtte")).toBe(false);
    expect(isValidSlug("a".repeat(41))).toBe(false);
  });
});
