import { TextOperation } from "./textOperation";

export interface Outgoing {
  /** The op id the server knows it by; kept for resends so it is never applied twice. */
  readonly id: string;
  /** Kept transformed to the session's current revision, so a resend can use that as its base. */
  readonly op: TextOperation;
}

/**
 * One co-edited text on this screen (Jupiter / ot.js client): at most one edit waiting for its
 * step, later typing composed into a buffer, other people's edits transformed past both.
 */
export class TextReplica {
  outstanding: Outgoing | null = null;
  buffer: TextOperation | null = null;
  /** The text as the server has it at the session's revision: needed to invert a refused edit. */
  private confirmed: string;

  constructor(public text: string) {
    this.confirmed = text;
  }

  get dirty(): boolean {
    return this.outstanding !== null || this.buffer !== null;
  }

  /** Applies own typing; true when it became the outstanding edit and must be sent. */
  type(op: TextOperation, newId: () => string): boolean {
    this.text = op.apply(this.text);
    if (this.outstanding === null) {
      this.outstanding = { id: newId(), op };
      return true;
    }
    this.buffer = this.buffer === null ? op : this.buffer.compose(op);
    return false;
  }

  /** The outstanding edit got its step; true when the buffer became the next outstanding edit. */
  confirm(newId: () => string): boolean {
    if (this.outstanding === null) return false;
    this.confirmed = this.outstanding.op.apply(this.confirmed);
    this.outstanding = null;
    if (this.buffer === null) return false;
    this.outstanding = { id: newId(), op: this.buffer };
    this.buffer = null;
    return true;
  }

  /** Someone else's edit as the server applied it; returns it as applied to this screen. */
  receive(applied: TextOperation): TextOperation {
    this.confirmed = applied.apply(this.confirmed);
    let op = applied;
    if (this.outstanding !== null) {
      const [opPrime, outstandingPrime] = TextOperation.transform(op, this.outstanding.op);
      op = opPrime;
      this.outstanding = { id: this.outstanding.id, op: outstandingPrime };
    }
    if (this.buffer !== null) [op, this.buffer] = TextOperation.transform(op, this.buffer);
    this.text = op.apply(this.text);
    return op;
  }

  /**
   * The server refused the outstanding edit: it is taken back with its inverse transformed past
   * the buffer (docs step 6). Returns the op applied to the screen; true in `send` when the
   * buffer became the next outstanding edit.
   */
  refuse(newId: () => string): { undone: TextOperation; send: boolean } {
    if (this.outstanding === null) return { undone: TextOperation.build().retain(this.text.length).done(), send: false };
    let undone = this.outstanding.op.invert(this.confirmed);
    this.outstanding = null;
    if (this.buffer !== null) {
      const [undonePrime, bufferPrime] = TextOperation.transform(undone, this.buffer);
      undone = undonePrime;
      this.outstanding = { id: newId(), op: bufferPrime };
      this.buffer = null;
    }
    this.text = undone.apply(this.text);
    return { undone, send: this.outstanding !== null };
  }
}
