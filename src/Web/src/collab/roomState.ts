import type { ChoiceField, RoomEvent, RoomMember, RoomSettings, Snapshot } from "./protocol";
import { TextReplica } from "./textReplica";

export interface ItemState {
  readonly id: string;
  readonly prerequisite: number;
  readonly title: TextReplica;
  readonly description: TextReplica;
  /** Values as sequenced by the server; a pending own change is shown on top by the session. */
  readonly fields: Record<ChoiceField, string | null>;
}

/** Everything in the room except the texts' protocol, folded from a snapshot and the steps after it. */
export class RoomState {
  title = "";
  startsAt = "";
  agenda: string[] = [];
  settings: RoomSettings = { point: 0, timerEndsAt: null, spotlight: null, votingDots: 0, anonymousVoting: false };
  members: RoomMember[] = [];
  readonly items = new Map<string, ItemState>();
  readonly votes = new Map<string, number>();
  readonly myVotes = new Map<string, number>();
  ended: "closed" | "revoked" | null = null;

  static from(snapshot: Snapshot): RoomState {
    const state = new RoomState();
    state.title = snapshot.title;
    state.startsAt = snapshot.startsAt;
    state.agenda = snapshot.agenda;
    state.settings = snapshot.room;
    state.members = snapshot.members;
    for (const item of snapshot.items) {
      state.items.set(item.id, {
        id: item.id,
        prerequisite: item.prerequisite,
        title: new TextReplica(item.title),
        description: new TextReplica(item.description),
        fields: { status: item.status, owner: item.owner, due: item.due },
      });
    }
    for (const v of snapshot.votes) state.votes.set(v.item, v.dots);
    for (const v of snapshot.myVotes) state.myVotes.set(v.item, v.dots);
    return state;
  }

  get dotsLeft(): number {
    let used = 0;
    for (const dots of this.myVotes.values()) used += dots;
    return Math.max(0, this.settings.votingDots - used);
  }

  /** Applies every kind but `text`; `mine` says whether this participant proposed it. */
  apply(event: RoomEvent, mine: boolean, me: string): void {
    switch (event.kind) {
      case "field": {
        const item = this.items.get(event.item);
        if (item) item.fields[event.field] = event.value;
        break;
      }
      case "item":
        if (!this.items.has(event.item)) {
          this.items.set(event.item, {
            id: event.item,
            prerequisite: event.prerequisite,
            title: new TextReplica(event.title),
            description: new TextReplica(""),
            fields: { status: "planned", owner: null, due: null },
          });
        }
        break;
      case "dot":
        add(this.votes, event.item, event.delta);
        if (mine || event.voter === me) add(this.myVotes, event.item, event.delta);
        break;
      case "voting":
        // As on the server: a new round gives everyone their dots back; an ended round keeps its results.
        if (event.dots > 0 && this.settings.votingDots === 0) {
          this.votes.clear();
          this.myVotes.clear();
        }
        this.settings = { ...this.settings, votingDots: event.dots, anonymousVoting: event.anonymous };
        break;
      case "agenda":
        this.settings = { ...this.settings, point: event.point };
        break;
      case "timer":
        this.settings = { ...this.settings, timerEndsAt: event.endsAt };
        break;
      case "spotlight":
        this.settings = { ...this.settings, spotlight: event.item };
        break;
      case "revoked":
        if (event.participant === me) this.ended = "revoked";
        break;
      case "closed":
        this.ended = "closed";
        break;
    }
  }
}

function add(counts: Map<string, number>, item: string, delta: number): void {
  const next = (counts.get(item) ?? 0) + delta;
  if (next > 0) counts.set(item, next);
  else counts.delete(item);
}
