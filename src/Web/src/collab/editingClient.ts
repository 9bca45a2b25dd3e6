import { TextOperation } from "./textOperation";

/**
 * One participant's copy of a co-edited text, as the server's protocol expects it: at most one
 * edit waiting for acknowledgement, later typing buffered and composed, other people's edits
 * transformed past both before they are shown. Mirrors EditingClient in the grain tests.
 */
export class EditingClient {
  private outstanding: TextOperation | null = null;
  private buffer: TextOperation | null = null;

  constructor(
    public text: string,
    public revision: number,
    private readonly send: (edit: TextOperation, baseRevision: number) => void,
  ) {}

  /** True while some typing is not yet stored by the server: the UI must not say "Gemt". */
  get hasUnsavedEdits(): boolean {
    return this.outstanding !== null || this.buffer !== null;
  }

  type(edit: TextOperation): void {
    this.text = edit.apply(this.text);
    if (this.outstanding === null) this.sendNow(edit);
    else this.buffer = this.buffer === null ? edit : this.buffer.compose(edit);
  }

  acknowledged(revision: number): void {
    this.revision = revision;
    this.outstanding = null;
    if (this.buffer !== null) {
      const next = this.buffer;
      this.buffer = null;
      this.sendNow(next);
    }
  }

  received(applied: TextOperation, revision: number): void {
    this.revision = revision;
    if (this.outstanding !== null) [applied, this.outstanding] = TextOperation.transform(applied, this.outstanding);
    if (this.buffer !== null) [applied, this.buffer] = TextOperation.transform(applied, this.buffer);
    this.text = applied.apply(this.text);
  }

  private sendNow(edit: TextOperation): void {
    this.outstanding = edit;
    this.send(edit, this.revision);
  }
}
