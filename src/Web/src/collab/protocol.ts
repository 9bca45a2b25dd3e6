import type { Step } from "./textOperation";

/**
 * The workshop hub's messages as they arrive as JSON (docs/workshops.md). Only what the browser
 * reads is typed; the server sends more (e.g. `opened`, `scheduled`), which the room ignores.
 */
export type TextField = "title" | "description";
export type ChoiceField = "status" | "owner" | "due";
export type ItemStatus = "planned" | "inProgress" | "done" | "onHold";

export interface RoomItem {
  id: string;
  prerequisite: number;
  title: string;
  description: string;
  status: string | null;
  owner: string | null;
  due: string | null;
}

export interface RoomSettings {
  point: number;
  timerEndsAt: string | null;
  spotlight: string | null;
  votingDots: number;
  anonymousVoting: boolean;
}

export interface ItemDots {
  item: string;
  dots: number;
}

export interface RoomMember {
  personId: string;
  name: string;
  role: string;
}

export interface Snapshot {
  revision: number;
  title: string;
  startsAt: string;
  agenda: string[];
  room: RoomSettings;
  items: RoomItem[];
  members: RoomMember[];
  votes: ItemDots[];
  myVotes: ItemDots[];
}

export type RoomEvent =
  | { kind: "text"; item: string; field: TextField; op: Step[] }
  | { kind: "field"; item: string; field: ChoiceField; value: string | null }
  | { kind: "item"; item: string; prerequisite: number; title: string }
  | { kind: "dot"; item: string; delta: number; voter: string | null }
  | { kind: "voting"; dots: number; anonymous: boolean }
  | { kind: "agenda"; point: number }
  | { kind: "timer"; endsAt: string | null }
  | { kind: "spotlight"; item: string | null }
  | { kind: "revoked"; participant: string }
  | { kind: "closed" }
  | { kind: "arrived" | "opened" | "scheduled" };

export interface RoomStep {
  revision: number;
  author: string | null;
  opId: string | null;
  event: RoomEvent;
}

export type RoomCommand =
  | { kind: "text"; item: string; field: TextField; op: Step[] }
  | { kind: "field"; item: string; field: ChoiceField; value: string | null }
  | { kind: "item"; item: string; prerequisite: number; title: string }
  | { kind: "dot"; item: string; delta: 1 | -1 }
  | { kind: "voting"; dots: number; anonymous: boolean }
  | { kind: "agenda"; point: number }
  | { kind: "timer"; seconds: number | null }
  | { kind: "spotlight"; item: string | null };

export interface Proposal {
  id: string;
  base: number;
  command: RoomCommand;
}

export interface Participant {
  id: string;
  name: string;
  role: string;
  guest: boolean;
  item: string | null;
  field: string | null;
}

/** Exactly one of `snapshot` and `steps` is set. */
export interface Catch {
  revision: number;
  saved: number;
  snapshot: Snapshot | null;
  steps: RoomStep[] | null;
}

export interface Joined extends Catch {
  me: Participant;
  facilitator: boolean;
  serverNow: string;
  presence: Participant[];
}

export interface Submitted {
  revision: number;
  duplicate: boolean;
}

/** A refusal from the hub, parsed from `"CODE: message"`; `code` is null when the connection failed. */
export class RoomError extends Error {
  constructor(
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = "RoomError";
  }
}

/** What the session needs from the hub; the SignalR transport and the tests' fake server both provide it. */
export interface WorkshopTransport {
  join(since: number | null, pending: boolean): Promise<Joined>;
  catchUp(since: number, pending: boolean): Promise<Catch>;
  submit(proposal: Proposal): Promise<Submitted>;
  focus(item: string | null, field: string | null): Promise<void>;
  leave(): Promise<void>;
}
