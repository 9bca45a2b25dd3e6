import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentCursor, firstPage, nextPage, pagingFor, previousPage } from "./paging";

describe("paging through the console", () => {
  it("goes forward with the end cursor and back to where it was", () => {
    const first = firstPage("Midtjylland|null");
    const second = nextPage(first, "657");
    expect(currentCursor(first)).toBeNull();
    expect(currentCursor(second)).toBe("657");
    expect(previousPage(second)).toEqual(first);
  });

  it("never goes before the first page, nor forward without a cursor", () => {
    const first = firstPage("x");
    expect(previousPage(first)).toEqual(first);
    expect(nextPage(first, null)).toEqual(first);
  });

  it("starts again at the first page under another filter, and keeps its place under the same", () => {
    const paged = nextPage(firstPage("a"), "101");
    expect(pagingFor(paged, "a")).toBe(paged);
    expect(currentCursor(pagingFor(paged, "b"))).toBeNull();
  });

  it("returns to the first page after as many steps back as forward", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 20 }), (ends) => {
        let paging = firstPage("f");
        for (const end of ends) paging = nextPage(paging, end);
        expect(currentCursor(paging)).toBe(ends.at(-1) ?? null);
        for (const _ of ends) paging = previousPage(paging);
        expect(paging).toEqual(firstPage("f"));
      }),
      { numRuns: 200 },
    );
  });
});
