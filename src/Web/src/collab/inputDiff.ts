import { TextOperation } from "./textOperation";

/**
 * The edit an input event made: the changed region is found as the longest common prefix and
 * suffix, with the suffix not reaching before the caret, so typing "a" in "aa" is an insert at
 * the caret, not at the end. Surrogate pairs (emoji) are never split.
 */
export function inputOperation(before: string, after: string, caret: number): TextOperation {
  const shorter = Math.min(before.length, after.length);
  let suffix = 0;
  const maxSuffix = Math.min(shorter, after.length - Math.min(caret, after.length));
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  if (suffix > 0 && isLowSurrogate(after.charCodeAt(after.length - suffix))) suffix--;
  let prefix = 0;
  while (prefix < shorter - suffix && before[prefix] === after[prefix]) prefix++;
  if (prefix > 0 && isHighSurrogate(after.charCodeAt(prefix - 1))) prefix--;
  return TextOperation.build()
    .retain(prefix)
    .delete(before.length - prefix - suffix)
    .insert(after.slice(prefix, after.length - suffix))
    .retain(suffix)
    .done();
}

/**
 * Where a caret at `position` ends up after someone else's `op`. Text they insert right at the
 * caret goes before it: the server puts their text first, so one's next keystroke lands after it.
 */
export function caretAfter(op: TextOperation, position: number): number {
  let index = 0;
  let result = position;
  for (const step of op.steps) {
    if (index > position) break;
    if (typeof step === "string") {
      result += step.length;
    } else if (step > 0) index += step;
    else {
      result -= Math.min(-step, position - index);
      index -= step;
    }
  }
  return result;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
