import { newOpId } from "./opIds";
import {
  RoomError,
  type Catch,
  type ChoiceField,
  type Participant,
  type RoomCommand,
  type RoomStep,
  type TextField,
  type WorkshopTransport,
} from "./protocol";
import { RoomState } from "./roomState";
import { TextOperation } from "./textOperation";
import type { TextReplica } from "./textReplica";
import { UndoHistory, type UndoEntry } from "./undoHistory";
import { viewOf, type WorkshopView } from "./workshopView";

export type SaveState = "saved" | "saving" | "offline-unsaved" | "offline" | "storage-down";

export interface SessionClock {
  now(): number;
  /** Runs `run` after `ms`; returns a function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

const browserClock: SessionClock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

// docs/workshops.md: a gap in the revisions still open after a second is fetched with CatchUp.
const GAP_WAIT_MS = 1_000;
// After RATE_LIMITED or UNAVAILABLE the same proposal is sent again; the server never applies it twice.
const RETRY_MS = 1_000;

interface Pending {
  readonly command: RoomCommand;
  base: number;
}

/**
 * One participant's side of a live workshop (docs/workshops.md, "Sådan holder en klient sig i takt"):
 * steps applied strictly in revision order, one outstanding edit per text, resends with the same op
 * id after a reconnect. The server sends a step only once it is stored, so a step is also "saved". No React and no SignalR: the transport
 * is passed in, and the transport calls `connected`, `disconnected` and the `on…` handlers.
 */
export class WorkshopSession {
  private state: RoomState | null = null;
  private revision = 0;
  private saved = 0;
  /** The highest revision known to exist (from steps and answers): above `revision` means a gap. */
  private known = 0;
  private lastOwn = 0;
  private readonly ahead = new Map<number, RoomStep>();
  private online = false;
  /** False while the server says PostgreSQL takes none of the room's changes. */
  private storing = true;
  private joined = false;
  /** Increases with every (re)connection; answers to calls from an older one are ignored. */
  private epoch = 0;
  /** Op id → the epoch it was last sent in, so each proposal goes out once per connection. */
  private readonly sent = new Map<string, number>();
  private readonly others = new Map<string, Pending>();
  private readonly pendingFields = new Map<string, { id: string; value: string | null }>();
  private readonly fieldErrors = new Map<string, string>();
  private history = new UndoHistory();
  private catching = false;
  private cancelGapWait: (() => void) | null = null;
  private me: Participant | null = null;
  private facilitator = false;
  private clockOffset = 0;
  private presence: Participant[] = [];
  private focused: { item: string | null; field: string | null } = { item: null, field: null };
  private ended: "closed" | "revoked" | null = null;
  private joinError: string | null = null;
  private notice: string | null = null;
  private readonly listeners = new Set<() => void>();
  private cachedView: WorkshopView | null = null;

  constructor(
    private readonly transport: WorkshopTransport,
    private readonly clock: SessionClock = browserClock,
    private readonly newId: () => string = newOpId,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An immutable picture for the UI; a new object only after something changed. */
  get view(): WorkshopView {
    this.cachedView ??= viewOf({
      state: this.state,
      me: this.me,
      facilitator: this.facilitator,
      presence: this.presence,
      saveState: this.saveState,
      ended: this.ended ?? this.state?.ended ?? null,
      joinError: this.joinError,
      notice: this.notice,
      clockOffset: this.clockOffset,
      displayedField: (item, field) => this.displayedField(item, field),
      fieldError: (item, field) => this.fieldErrors.get(`${item}/${field}`) ?? null,
      canUndo: this.history.canUndo(),
      canRedo: this.history.canRedo(),
    });
    return this.cachedView;
  }

  get saveState(): SaveState {
    const unsaved = this.hasLocalEdits || this.saved < this.lastOwn;
    if (!this.online) return unsaved ? "offline-unsaved" : "offline";
    if (!this.storing) return "storage-down";
    return unsaved ? "saving" : "saved";
  }

  text(item: string, field: TextField): string {
    return this.state?.items.get(item)?.[field].text ?? "";
  }

  // ---- connection, called by the transport ----

  connected(): void {
    this.online = true;
    this.joined = false;
    this.catching = false;
    this.epoch++;
    this.changed();
    void this.join(this.epoch);
  }

  disconnected(): void {
    this.online = false;
    this.joined = false;
    this.epoch++;
    this.stopGapWait();
    this.changed();
  }

  onStep(step: RoomStep): void {
    this.saved = Math.max(this.saved, step.revision);
    this.learn(step.revision);
    if (step.revision > this.revision) this.ahead.set(step.revision, step);
    this.drain();
    this.flush();
    this.changed();
  }

  /** Sent by the server when storing fails, and when it works again. */
  onStorage(available: boolean): void {
    this.storing = available;
    this.changed();
  }

  onPresence(participants: Participant[]): void {
    this.presence = participants;
    this.changed();
  }

  onEnded(reason: "closed" | "revoked"): void {
    this.ended = reason;
    this.changed();
  }

  // ---- what the person does ----

  editText(item: string, field: TextField, op: TextOperation): void {
    const replica = this.replica(item, field);
    if (!replica) return;
    const key = `${item}/${field}`;
    this.history.typed(key, op.invert(replica.text), this.clock.now());
    this.type(replica, op);
  }

  /** Undoes this person's latest own edit, in one text or in any; false when there is none. */
  undo(item?: string, field?: TextField): boolean {
    const entry = this.history.takeUndo(item === undefined ? undefined : `${item}/${field}`);
    return this.replay(entry, (key, inverse, at) => this.history.undone(key, inverse, at));
  }

  redo(item?: string, field?: TextField): boolean {
    const entry = this.history.takeRedo(item === undefined ? undefined : `${item}/${field}`);
    return this.replay(entry, (key, inverse, at) => this.history.redone(key, inverse, at));
  }

  /** Types an undo or redo entry as a new own edit, after recording how to take it back in turn. */
  private replay(
    entry: UndoEntry | undefined,
    record: (key: string, inverse: TextOperation, at: number) => void,
  ): boolean {
    const replica = entry && this.replicaOf(entry.key);
    if (!entry || !replica) return false;
    record(entry.key, entry.op.invert(replica.text), this.clock.now());
    this.type(replica, entry.op);
    return true;
  }

  /** Shown at once; reverted with the server's message if someone else changed the field first. */
  setField(item: string, field: ChoiceField, value: string | null): void {
    const id = this.propose({ kind: "field", item, field, value });
    this.pendingFields.set(`${item}/${field}`, { id, value });
    this.fieldErrors.delete(`${item}/${field}`);
    this.changed();
  }

  addItem(prerequisite: number, title: string): void {
    this.propose({ kind: "item", item: `i-${this.newId()}`, prerequisite, title });
  }

  dot(item: string, delta: 1 | -1): void {
    this.propose({ kind: "dot", item, delta });
  }

  setVoting(dots: number, anonymous: boolean): void {
    this.propose({ kind: "voting", dots, anonymous });
  }

  moveAgenda(point: number): void {
    this.propose({ kind: "agenda", point });
  }

  setTimer(seconds: number | null): void {
    this.propose({ kind: "timer", seconds });
  }

  spotlight(item: string | null): void {
    this.propose({ kind: "spotlight", item });
  }

  focus(item: string | null, field: string | null): void {
    this.focused = { item, field };
    if (this.joined) this.transport.focus(item, field).catch(() => undefined);
  }

  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  leave(): void {
    if (this.joined) this.transport.leave().catch(() => undefined);
  }

  // ---- protocol ----

  private get hasLocalEdits(): boolean {
    if (this.others.size > 0) return true;
    for (const item of this.state?.items.values() ?? []) if (item.title.dirty || item.description.dirty) return true;
    return false;
  }

  private async join(epoch: number): Promise<void> {
    try {
      const joined = await this.transport.join(this.state === null ? null : this.revision, this.hasLocalEdits);
      if (epoch !== this.epoch) return;
      this.joined = true;
      this.joinError = null;
      this.me = joined.me;
      this.facilitator = joined.facilitator;
      this.clockOffset = Date.parse(joined.serverNow) - this.clock.now();
      this.presence = joined.presence;
      if (!this.applyCatch(joined)) void this.catchUp();
      if (this.focused.item !== null) this.focus(this.focused.item, this.focused.field);
    } catch (error) {
      if (epoch !== this.epoch) return;
      // Without a code the connection failed; the transport reconnects and calls `connected` again.
      if (error instanceof RoomError && error.code !== null) this.joinError = error.message;
    }
    this.changed();
  }

  private async catchUp(): Promise<void> {
    if (this.catching || !this.joined) return;
    this.catching = true;
    const epoch = this.epoch;
    try {
      let caught: Catch;
      do caught = await this.transport.catchUp(this.revision, this.hasLocalEdits);
      while (epoch === this.epoch && !this.applyCatch(caught));
    } catch {
      // A failed catch-up is retried by the gap wait, or after reconnecting.
    } finally {
      if (epoch === this.epoch) {
        this.catching = false;
        this.waitForGap();
      }
    }
    this.changed();
  }

  /** False when a snapshot came but unsent typing needs the steps to be transformed: catch up again. */
  private applyCatch(caught: Catch): boolean {
    this.saved = Math.max(this.saved, caught.saved);
    this.learn(caught.revision);
    if (caught.snapshot) {
      if (this.state !== null && this.hasLocalEdits) return false;
      this.state = RoomState.from(caught.snapshot);
      this.revision = caught.snapshot.revision;
      this.history = new UndoHistory();
    }
    for (const step of caught.steps ?? []) if (step.revision > this.revision) this.ahead.set(step.revision, step);
    this.drain();
    this.flush();
    return true;
  }

  private learn(revision: number): void {
    this.known = Math.max(this.known, revision);
  }

  /** Applies the steps that are next in order; drops those already applied. */
  private drain(): void {
    if (this.state === null) return;
    for (const revision of this.ahead.keys()) if (revision <= this.revision) this.ahead.delete(revision);
    for (let next = this.ahead.get(this.revision + 1); next; next = this.ahead.get(this.revision + 1)) {
      this.ahead.delete(next.revision);
      this.apply(this.state, next);
    }
    this.waitForGap();
  }

  private apply(state: RoomState, step: RoomStep): void {
    this.revision = step.revision;
    // Sequenced: its id is never sent again, so the connection bookkeeping can forget it.
    if (step.opId !== null) this.sent.delete(step.opId);
    const event = step.event;
    if (event.kind === "text") {
      const replica = state.items.get(event.item)?.[event.field];
      if (!replica) return;
      if (step.opId !== null && replica.outstanding?.id === step.opId) {
        this.lastOwn = step.revision;
        replica.confirm(this.newId);
      } else {
        this.history.transform(`${event.item}/${event.field}`, replica.receive(TextOperation.fromSteps(event.op)));
      }
      return;
    }
    const mine = step.opId !== null && this.others.delete(step.opId);
    if (mine) {
      this.lastOwn = step.revision;
      if (event.kind === "field" && this.pendingFields.get(`${event.item}/${event.field}`)?.id === step.opId)
        this.pendingFields.delete(`${event.item}/${event.field}`);
    }
    state.apply(event, mine || (step.author !== null && step.author === this.me?.id), this.me?.id ?? "");
  }

  private waitForGap(): void {
    const gap = this.ahead.size > 0 || this.known > this.revision;
    if (!gap || !this.joined) return this.stopGapWait();
    this.cancelGapWait ??= this.clock.after(GAP_WAIT_MS, () => {
      this.cancelGapWait = null;
      if (this.ahead.size > 0 || this.known > this.revision) void this.catchUp();
    });
  }

  private stopGapWait(): void {
    this.cancelGapWait?.();
    this.cancelGapWait = null;
  }

  private type(replica: TextReplica, op: TextOperation): void {
    replica.type(op, this.newId);
    this.flush();
    this.changed();
  }

  private propose(command: RoomCommand): string {
    const id = this.newId();
    this.others.set(id, { command, base: this.revision });
    this.flush();
    this.changed();
    return id;
  }

  /** Sends whatever has not gone out on this connection: outstanding edits with base = now, other proposals. */
  private flush(): void {
    if (!this.joined || this.state === null) return;
    for (const item of this.state.items.values()) {
      for (const field of ["title", "description"] as const) {
        const outgoing = item[field].outstanding;
        if (outgoing && this.sent.get(outgoing.id) !== this.epoch)
          this.submit(outgoing.id, this.revision, { kind: "text", item: item.id, field, op: [...outgoing.op.steps] });
      }
    }
    for (const [id, pending] of this.others) if (this.sent.get(id) !== this.epoch) this.submit(id, pending.base, pending.command);
  }

  private submit(id: string, base: number, command: RoomCommand): void {
    const epoch = this.epoch;
    this.sent.set(id, epoch);
    this.transport.submit({ id, base, command }).then(
      (submitted) => {
        this.learn(submitted.revision);
        this.waitForGap();
      },
      (error: unknown) => {
        if (epoch === this.epoch) this.refused(id, command, error instanceof RoomError ? error : new RoomError(null, String(error)));
      },
    );
  }

  private refused(id: string, command: RoomCommand, error: RoomError): void {
    this.sent.delete(id);
    if (error.code === "STALE") {
      const pending = this.others.get(id);
      if (pending) pending.base = this.revision;
      void this.catchUp().then(() => this.flush());
      return;
    }
    if (error.code === null || error.code === "RATE_LIMITED" || error.code === "UNAVAILABLE") {
      this.clock.after(RETRY_MS, () => this.flush());
      return;
    }
    if (command.kind === "text") {
      const replica = this.replica(command.item, command.field);
      if (replica?.outstanding?.id !== id) return;
      this.history.transform(`${command.item}/${command.field}`, replica.refuse(this.newId).undone);
      this.notice = error.message;
      this.flush();
    } else if (this.others.delete(id)) {
      const key = command.kind === "field" ? `${command.item}/${command.field}` : null;
      if (key !== null && this.pendingFields.get(key)?.id === id) {
        // A change that lost a race is shown to its author, next to the field.
        this.pendingFields.delete(key);
        this.fieldErrors.set(key, error.message);
      } else if (key === null) this.notice = error.message;
    }
    this.changed();
  }

  private displayedField(item: string, field: ChoiceField): string | null {
    const pending = this.pendingFields.get(`${item}/${field}`);
    return pending ? pending.value : (this.state?.items.get(item)?.fields[field] ?? null);
  }

  private replica(item: string, field: TextField): TextReplica | undefined {
    return this.state?.items.get(item)?.[field];
  }

  private replicaOf(key: string): TextReplica | undefined {
    const [item, field] = key.split("/") as [string, TextField];
    return this.replica(item, field);
  }

  private changed(): void {
    this.cachedView = null;
    for (const listener of this.listeners) listener();
  }
}
