import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TextOperation } from "./textOperation";

const text = fc.string({ unit: fc.constantFrom(..."abcæøå ÆØÅ.\n"), maxLength: 30 });

/** A random edit of `base`: at each position insert, delete or keep. */
const editOf = (base: string) =>
  fc.tuple(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: base.length + 1, maxLength: base.length + 1 }), fc.array(text, { minLength: base.length + 1, maxLength: base.length + 1 }))
    .map(([steps, inserts]) => {
      const op = TextOperation.build();
      for (let i = 0; i <= base.length; i++) {
        if (steps[i] === 0) op.insert(inserts[i]!);
        if (i === base.length) break;
        if (steps[i] === 1) op.delete(1);
        else op.retain(1);
      }
      return op.done();
    });

const concurrent = text.chain((t) => fc.tuple(fc.constant(t), editOf(t), editOf(t)));

describe("TextOperation", () => {
  test("two concurrent edits give the same text whichever arrives first", () => {
    fc.assert(fc.property(concurrent, ([t, a, b]) => {
      const [aPrime, bPrime] = TextOperation.transform(a, b);
      expect(aPrime.apply(b.apply(t))).toBe(bPrime.apply(a.apply(t)));
    }), { numRuns: 3000 });
  });

  test("a composed operation does what the two did in turn", () => {
    const sequential = text.chain((t) => editOf(t).chain((a) => fc.tuple(fc.constant(t), fc.constant(a), editOf(a.apply(t)))));
    fc.assert(fc.property(sequential, ([t, a, b]) => {
      expect(a.compose(b).apply(t)).toBe(b.apply(a.apply(t)));
    }), { numRuns: 3000 });
  });

  test("undoing an operation restores the text", () => {
    fc.assert(fc.property(concurrent, ([t, a]) => {
      expect(a.invert(t).apply(a.apply(t))).toBe(t);
    }), { numRuns: 3000 });
  });

  test("at the same place the edit applied first comes first, as on the server", () => {
    const mette = TextOperation.build().retain(3).insert(" Mette").done();
    const jonas = TextOperation.build().retain(3).insert(" Jonas").done();
    const [, jonasAfter] = TextOperation.transform(mette, jonas);
    expect(jonasAfter.apply(mette.apply("Hej"))).toBe("Hej Mette Jonas");
  });

  test("equal changes build equal steps", () => {
    expect(TextOperation.build().retain(1).insert("ab").delete(2).done().steps)
      .toEqual(TextOperation.build().retain(1).delete(1).insert("a").delete(1).insert("b").done().steps);
  });
});
