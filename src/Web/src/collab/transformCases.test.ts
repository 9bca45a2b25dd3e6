import { expect, test } from "vitest";
import cases from "./transform-cases.json";
import { TextOperation, type Step } from "./textOperation";

interface Case {
  a: Step[];
  b: Step[];
  text: string;
  aPrime: Step[];
  bPrime: Step[];
  composed: Step[];
  result: string;
}

// The server's tests read the same file: both sides must transform and compose identically.
test.each((cases as Case[]).map((c, i) => [i, c] as const))("shared transformation case %i", (_, c) => {
  const a = TextOperation.fromSteps(c.a);
  const b = TextOperation.fromSteps(c.b);
  const [aPrime, bPrime] = TextOperation.transform(a, b);
  expect(aPrime.steps).toEqual(c.aPrime);
  expect(bPrime.steps).toEqual(c.bPrime);
  expect(a.compose(bPrime).steps).toEqual(c.composed);
  expect(a.compose(bPrime).apply(c.text)).toBe(c.result);
  expect(b.compose(aPrime).apply(c.text)).toBe(c.result);
});
