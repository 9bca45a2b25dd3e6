import fc from "fast-check";
import { expect, test } from "vitest";
import { caretAfter, inputOperation } from "./inputDiff";
import { TextOperation } from "./textOperation";

test("typing a letter next to the same letter is an insert at the caret", () => {
  expect(inputOperation("aa", "aaa", 2).steps).toEqual([1, "a", 1]);
  expect(inputOperation("aa", "aaa", 3).steps).toEqual([2, "a"]);
});

test("replacing a selection deletes it and inserts the new text", () => {
  expect(inputOperation("Hej Mette", "Hej Jonas", 9).steps).toEqual([4, "Jonas", -5]);
});

test("an emoji is never split in half", () => {
  const op = inputOperation("😀", "😃", 2);
  expect(op.steps).toEqual(["😃", -2]);
});

test("the operation turns the old value into the new one", () => {
  const text = fc.string({ unit: fc.constantFrom(..."aæøå ", "😀"), maxLength: 20 });
  fc.assert(fc.property(text, text, fc.nat(), (before, after, caret) => {
    expect(inputOperation(before, after, caret % (after.length + 1)).apply(before)).toBe(after);
  }), { numRuns: 2000 });
});

test("the caret stays on the same character when others type before it or delete around it", () => {
  // "plan for i" becomes "Ny planor i".
  const op = TextOperation.build().insert("Ny ").retain(4).delete(2).retain(4).done();
  expect(caretAfter(op, 9)).toBe(10);
  expect(caretAfter(op, 0)).toBe(3);
  expect(caretAfter(op, 5)).toBe(7);
});
