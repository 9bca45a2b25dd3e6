/**
 * The browser's half of operational transformation, mirroring the server's TextOperation
 * (src/Grains/Workshops/TextOperation.cs): an edit walks the whole text as steps, where a positive
 * number keeps that many characters, a string is inserted and a negative number deletes.
 * Both sides must transform identically, or screens drift apart: the same properties are tested on both.
 */
export type Step = number | string;

export class TextOperation {
  private constructor(readonly steps: readonly Step[]) {}

  static build(): TextOperationBuilder {
    return new TextOperationBuilder();
  }

  static fromSteps(steps: readonly Step[]): TextOperation {
    const builder = new TextOperationBuilder();
    for (const step of steps) builder.add(step);
    return builder.done();
  }

  /** @internal used by the builder */
  static of(steps: Step[]): TextOperation {
    return new TextOperation(steps);
  }

  get baseLength(): number {
    return this.steps.reduce<number>((sum, s) => sum + (typeof s === "string" ? 0 : Math.abs(s)), 0);
  }

  get targetLength(): number {
    return this.steps.reduce<number>((sum, s) => sum + (typeof s === "string" ? s.length : Math.max(s, 0)), 0);
  }

  apply(text: string): string {
    if (text.length !== this.baseLength) throw new Error(`Operation for ${this.baseLength} characters, text has ${text.length}.`);
    let result = "";
    let position = 0;
    for (const step of this.steps) {
      if (typeof step === "string") result += step;
      else if (step > 0) {
        result += text.slice(position, position + step);
        position += step;
      } else position -= step;
    }
    return result;
  }

  invert(baseText: string): TextOperation {
    const inverse = new TextOperationBuilder();
    let position = 0;
    for (const step of this.steps) {
      if (typeof step === "string") inverse.delete(step.length);
      else if (step > 0) {
        inverse.retain(step);
        position += step;
      } else {
        inverse.insert(baseText.slice(position, position - step));
        position -= step;
      }
    }
    return inverse.done();
  }

  compose(next: TextOperation): TextOperation {
    if (this.targetLength !== next.baseLength) throw new Error("The second operation does not follow the first.");
    const result = new TextOperationBuilder();
    const first = new Cursor(this.steps);
    const second = new Cursor(next.steps);
    while (first.current !== undefined || second.current !== undefined) {
      if (isDelete(first.current)) result.add(first.takeAll());
      else if (typeof second.current === "string") result.add(second.takeAll());
      else {
        const count = Math.min(lengthOf(first.current!), lengthOf(second.current!));
        const a = first.take(count);
        const b = second.take(count);
        if (isRetain(b)) result.add(a);
        else if (isRetain(a)) result.add(b);
      }
    }
    return result.done();
  }

  /** Same contract as the server: where both insert at one place, `a` (applied first) comes first. */
  static transform(a: TextOperation, b: TextOperation): [TextOperation, TextOperation] {
    if (a.baseLength !== b.baseLength) throw new Error("Only operations on the same text can be transformed.");
    const aPrime = new TextOperationBuilder();
    const bPrime = new TextOperationBuilder();
    const left = new Cursor(a.steps);
    const right = new Cursor(b.steps);
    while (left.current !== undefined || right.current !== undefined) {
      if (typeof left.current === "string") {
        const insert = left.takeAll() as string;
        aPrime.insert(insert);
        bPrime.retain(insert.length);
      } else if (typeof right.current === "string") {
        const insert = right.takeAll() as string;
        aPrime.retain(insert.length);
        bPrime.insert(insert);
      } else {
        const count = Math.min(lengthOf(left.current!), lengthOf(right.current!));
        const x = left.take(count);
        const y = right.take(count);
        if (isRetain(x) && isRetain(y)) {
          aPrime.retain(count);
          bPrime.retain(count);
        } else if (isDelete(x) && isRetain(y)) aPrime.delete(count);
        else if (isRetain(x) && isDelete(y)) bPrime.delete(count);
      }
    }
    return [aPrime.done(), bPrime.done()];
  }
}

/** Canonical form, as on the server: no empty steps, neighbours merged, insert before a neighbouring delete. */
export class TextOperationBuilder {
  private readonly steps: Step[] = [];

  retain(count: number): this {
    return count > 0 ? this.add(count) : this;
  }

  insert(text: string): this {
    return this.add(text);
  }

  delete(count: number): this {
    return count > 0 ? this.add(-count) : this;
  }

  add(step: Step): this {
    if (step === 0 || step === "") return this;
    const steps = this.steps;
    const last = steps[steps.length - 1];
    if (typeof step === "string" && isDelete(last)) {
      const beforeLast = steps[steps.length - 2];
      if (typeof beforeLast === "string") steps[steps.length - 2] = beforeLast + step;
      else steps.splice(steps.length - 1, 0, step);
    } else if (typeof step === "string" && typeof last === "string") steps[steps.length - 1] = last + step;
    else if (typeof step === "number" && typeof last === "number" && Math.sign(step) === Math.sign(last)) steps[steps.length - 1] = last + step;
    else steps.push(step);
    return this;
  }

  done(): TextOperation {
    return TextOperation.of([...this.steps]);
  }
}

const isRetain = (s: Step | undefined): s is number => typeof s === "number" && s > 0;
const isDelete = (s: Step | undefined): s is number => typeof s === "number" && s < 0;
const lengthOf = (s: Step): number => (typeof s === "string" ? s.length : Math.abs(s));

/** Hands out whole steps or the first part of one. */
class Cursor {
  private index = 0;
  current: Step | undefined;

  constructor(private readonly steps: readonly Step[]) {
    this.current = steps[0];
  }

  takeAll(): Step {
    return this.take(lengthOf(this.current!));
  }

  take(count: number): Step {
    const step = this.current!;
    const length = lengthOf(step);
    if (count >= length) {
      this.current = this.steps[++this.index];
      return step;
    }
    if (typeof step === "string") {
      this.current = step.slice(count);
      return step.slice(0, count);
    }
    const sign = Math.sign(step);
    this.current = sign * (length - count);
    return sign * count;
  }
}
