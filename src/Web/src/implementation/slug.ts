import { IMPLEMENTATION_LIMITS } from "../api/implementationTypes";

// Danish letters get their conventional spellings; other accents are dropped after decomposition.
const danish: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

/** "Bostøtte – Vest" → "bostoette-vest": the group's short name in its address, as the server accepts it. */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/g, (c) => danish[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, IMPLEMENTATION_LIMITS.slug)
    .replace(/^-+|-+$/g, "");
}

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= IMPLEMENTATION_LIMITS.slug && /^[a-z0-9-]+$/.test(slug);
}
