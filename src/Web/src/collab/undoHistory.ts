import { TextOperation } from "./textOperation";

export interface UndoEntry {
  /** Which text: `${item}/${field}`. */
  readonly key: string;
  /** Applies to the text as it is on this screen now. */
  op: TextOperation;
  readonly at: number;
}

// Typing within this long in one text is undone as one step, as in word processors.
const MERGE_WITHIN_MS = 1_000;

/**
 * Undo and redo of this person's own edits only (ot.js UndoManager): each entry is the inverse of
 * an own edit, transformed past every later edit by others on the same text, so undoing never
 * removes what someone else wrote. One history for the session; texts do not affect each other.
 */
export class UndoHistory {
  private readonly undoStack: UndoEntry[] = [];
  private readonly redoStack: UndoEntry[] = [];

  /** An own edit was typed: its inverse becomes the next undo, and redo is no longer possible. */
  typed(key: string, inverse: TextOperation, at: number): void {
    this.redoStack.length = 0;
    const top = this.undoStack[this.undoStack.length - 1];
    if (top?.key === key && at - top.at < MERGE_WITHIN_MS) this.undoStack[this.undoStack.length - 1] = { key, op: inverse.compose(top.op), at };
    else this.undoStack.push({ key, op: inverse, at });
  }

  undone(key: string, inverse: TextOperation, at: number): void {
    this.redoStack.push({ key, op: inverse, at });
  }

  redone(key: string, inverse: TextOperation, at: number): void {
    this.undoStack.push({ key, op: inverse, at });
  }

  /** Someone else's edit (or a refusal) as applied to this screen. */
  transform(key: string, applied: TextOperation): void {
    transformStack(this.undoStack, key, applied);
    transformStack(this.redoStack, key, applied);
  }

  /** The latest entry to undo, for one text or any; entries that became empty are skipped. */
  takeUndo(key?: string): UndoEntry | undefined {
    return take(this.undoStack, key);
  }

  takeRedo(key?: string): UndoEntry | undefined {
    return take(this.redoStack, key);
  }

  canUndo(key?: string): boolean {
    return this.undoStack.some((e) => (key === undefined || e.key === key) && !isNoop(e.op));
  }

  canRedo(key?: string): boolean {
    return this.redoStack.some((e) => (key === undefined || e.key === key) && !isNoop(e.op));
  }
}

function transformStack(stack: UndoEntry[], key: string, applied: TextOperation): void {
  // From the newest entry down: each older entry applies to the text as it was before the newer ones were undone.
  let op = applied;
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    if (entry.key !== key) continue;
    const [entryPrime, opPrime] = TextOperation.transform(entry.op, op);
    entry.op = entryPrime;
    op = opPrime;
  }
}

function take(stack: UndoEntry[], key: string | undefined): UndoEntry | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    if (key !== undefined && entry.key !== key) continue;
    stack.splice(i, 1);
    if (!isNoop(entry.op)) return entry;
  }
  return undefined;
}

const isNoop = (op: TextOperation): boolean => op.steps.every((s) => typeof s === "number" && s > 0);
