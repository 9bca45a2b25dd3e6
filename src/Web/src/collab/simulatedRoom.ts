import {
  RoomError,
  type Catch,
  type Joined,
  type Proposal,
  type RoomEvent,
  type RoomItem,
  type RoomStep,
  type Snapshot,
  type Submitted,
  type WorkshopTransport,
} from "./protocol";
import { TextOperation } from "./textOperation";
import type { SessionClock } from "./workshopSession";

/**
 * For tests: the server's sequencing rules in miniature (docs/workshops.md): every text edit is
 * transformed past the edits of that text since its base, a repeated op id gets its original
 * revision, a field changed by someone else since base is a CONFLICT, and an insert of `#`
 * is refused as VALIDATION so refusals can be tested.
 */
export class SimulatedServer {
  revision = 0;
  readonly steps: RoomStep[] = [];
  readonly items = new Map<string, RoomItem>();
  private readonly fieldRevisions = new Map<string, number>();
  private readonly sequenced = new Map<string, number>();
  readonly listeners = new Map<string, (step: RoomStep) => void>();
  /** A client this far behind without unsaved edits gets a snapshot instead of steps. */
  snapshotAfter = 3;

  constructor(items: string[]) {
    for (const id of items) this.items.set(id, { id, prerequisite: 1, title: "", description: "", status: "planned", owner: null, due: null });
  }

  text(item: string, field: "title" | "description"): string {
    return this.items.get(item)![field];
  }

  join(participant: string, since: number | null, pending: boolean): Joined {
    return {
      ...this.catchUp(since, pending),
      me: { id: participant, name: participant, role: "staff", guest: false, item: null, field: null },
      facilitator: true,
      serverNow: new Date(0).toISOString(),
      presence: [],
    };
  }

  catchUp(since: number | null, pending: boolean): Catch {
    const snapshot = since === null || (!pending && this.revision - since > this.snapshotAfter);
    return {
      revision: this.revision,
      // Stored as sequenced: whatever a catch holds is saved, as the real server's catches are.
      saved: this.revision,
      snapshot: snapshot ? this.snapshot() : null,
      steps: snapshot ? null : this.steps.slice(since!),
    };
  }

  submit(author: string, proposal: Proposal): Submitted {
    const earlier = this.sequenced.get(`${author}/${proposal.id}`);
    if (earlier !== undefined) return { revision: earlier, duplicate: true };
    const event = this.decide(proposal);
    const step: RoomStep = { revision: this.revision + 1, author, opId: proposal.id, event };
    this.evolve(step);
    this.sequenced.set(`${author}/${proposal.id}`, step.revision);
    for (const listener of this.listeners.values()) listener(step);
    return { revision: step.revision, duplicate: false };
  }

  private decide({ base, command }: Proposal): RoomEvent {
    const item = this.items.get("item" in command ? (command.item ?? "") : "");
    if (command.kind === "text" && item) {
      let op = TextOperation.fromSteps(command.op);
      for (const step of this.steps.slice(base)) {
        const e = step.event;
        if (e.kind === "text" && e.item === command.item && e.field === command.field)
          op = TextOperation.transform(TextOperation.fromSteps(e.op), op)[1];
      }
      if (op.steps.some((s) => typeof s === "string" && s.includes("#"))) throw new RoomError("VALIDATION", "Tegnet # er ikke tilladt.");
      return { kind: "text", item: command.item, field: command.field, op: [...op.steps] };
    }
    if (command.kind === "field" && item) {
      const key = `${command.item}/${command.field}`;
      if ((this.fieldRevisions.get(key) ?? 0) > base && item[command.field] !== command.value)
        throw new RoomError("CONFLICT", `Feltet står nu som «${item[command.field]}».`);
      return command;
    }
    throw new RoomError("VALIDATION", "Ukendt ændring.");
  }

  private evolve(step: RoomStep): void {
    this.revision = step.revision;
    this.steps.push(step);
    const e = step.event;
    const item = "item" in e ? this.items.get(e.item ?? "") : undefined;
    if (e.kind === "text" && item) item[e.field] = TextOperation.fromSteps(e.op).apply(item[e.field]);
    if (e.kind === "field" && item) {
      item[e.field] = e.value;
      this.fieldRevisions.set(`${e.item}/${e.field}`, step.revision);
    }
  }

  private snapshot(): Snapshot {
    return {
      revision: this.revision,
      title: "Workshop",
      startsAt: new Date(0).toISOString(),
      agenda: ["Velkommen"],
      room: { point: 0, timerEndsAt: null, spotlight: null, votingDots: 0, anonymousVoting: false },
      items: [...this.items.values()].map((i) => ({ ...i })),
      members: [],
      votes: [],
      myVotes: [],
    };
  }
}

/** A clock whose time moves only when the test says so. */
export class ManualClock implements SessionClock {
  private time = 0;
  private timers: { at: number; run: () => void }[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  get waiting(): boolean {
    return this.timers.length > 0;
  }

  tick(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((t) => t.at <= this.time);
    this.timers = this.timers.filter((t) => t.at > this.time);
    for (const timer of due) timer.run();
  }
}

/**
 * One participant's unreliable line to the server: calls and messages wait in queues until the
 * test delivers them, in any order, possibly twice, or loses them when the line drops.
 */
export class SimulatedLine implements WorkshopTransport {
  /** Calls on their way to the server. */
  readonly up: (() => void)[] = [];
  /** Answers and broadcasts on their way to the client. */
  readonly down: (() => void)[] = [];
  online = false;
  onStep: (step: RoomStep) => void = () => undefined;

  constructor(
    private readonly server: SimulatedServer,
    readonly participant: string,
  ) {}

  join(since: number | null, pending: boolean): Promise<Joined> {
    return this.call(() => {
      this.server.listeners.set(this.participant, (step) => this.down.push(() => this.onStep(step)));
      return this.server.join(this.participant, since, pending);
    });
  }

  catchUp(since: number, pending: boolean): Promise<Catch> {
    return this.call(() => this.server.catchUp(since, pending));
  }

  submit(proposal: Proposal): Promise<Submitted> {
    return this.call(() => this.server.submit(this.participant, proposal));
  }

  focus(): Promise<void> {
    return Promise.resolve();
  }

  leave(): Promise<void> {
    return Promise.resolve();
  }

  /** The line drops: calls under way reach the server or not (`reaches`), and no answer arrives any more. */
  drop(reaches: () => boolean): void {
    for (const call of this.up.splice(0)) if (reaches()) call();
    this.online = false;
    this.server.listeners.delete(this.participant);
    this.down.length = 0;
  }

  private call<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.online) return reject(new RoomError(null, "offline"));
      this.up.push(() => {
        try {
          const result = run();
          this.down.push(() => resolve(result));
        } catch (error) {
          this.down.push(() => reject(error));
        }
      });
    });
  }
}
