import type { ChoiceField, Participant, RoomItem, RoomMember } from "./protocol";
import type { RoomState } from "./roomState";
import type { SaveState } from "./workshopSession";

export interface ItemView extends RoomItem {
  /** The server's message when this person's change of a field lost a race or was refused. */
  errors: Partial<Record<ChoiceField, string>>;
  votes: number;
  myVotes: number;
}

export interface WorkshopView {
  /** False until the first Join has answered. */
  ready: boolean;
  title: string;
  startsAt: string;
  agenda: string[];
  point: number;
  /** When the timer runs out, on this browser's clock (the server's clock offset applied); null when stopped. */
  timerEndsAt: number | null;
  spotlight: string | null;
  /** Dots per person while voting runs; 0 when not voting. */
  votingDots: number;
  anonymousVoting: boolean;
  dotsLeft: number;
  members: RoomMember[];
  items: ItemView[];
  presence: Participant[];
  me: Participant | null;
  facilitator: boolean;
  saveState: SaveState;
  ended: "closed" | "revoked" | null;
  joinError: string | null;
  notice: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

export interface ViewSource {
  state: RoomState | null;
  me: Participant | null;
  facilitator: boolean;
  presence: Participant[];
  saveState: SaveState;
  ended: "closed" | "revoked" | null;
  joinError: string | null;
  notice: string | null;
  clockOffset: number;
  displayedField(item: string, field: ChoiceField): string | null;
  fieldError(item: string, field: ChoiceField): string | null;
  canUndo: boolean;
  canRedo: boolean;
}

const CHOICE_FIELDS: ChoiceField[] = ["status", "owner", "due"];

export function viewOf(source: ViewSource): WorkshopView {
  const { state } = source;
  const items: ItemView[] = [...(state?.items.values() ?? [])].map((item) => {
    const errors: Partial<Record<ChoiceField, string>> = {};
    for (const field of CHOICE_FIELDS) {
      const error = source.fieldError(item.id, field);
      if (error !== null) errors[field] = error;
    }
    return {
      id: item.id,
      prerequisite: item.prerequisite,
      title: item.title.text,
      description: item.description.text,
      status: source.displayedField(item.id, "status"),
      owner: source.displayedField(item.id, "owner"),
      due: source.displayedField(item.id, "due"),
      errors,
      votes: state?.votes.get(item.id) ?? 0,
      myVotes: state?.myVotes.get(item.id) ?? 0,
    };
  });
  const settings = state?.settings;
  return {
    ready: state !== null,
    title: state?.title ?? "",
    startsAt: state?.startsAt ?? "",
    agenda: state?.agenda ?? [],
    point: settings?.point ?? 0,
    timerEndsAt: settings?.timerEndsAt ? Date.parse(settings.timerEndsAt) - source.clockOffset : null,
    spotlight: settings?.spotlight ?? null,
    votingDots: settings?.votingDots ?? 0,
    anonymousVoting: settings?.anonymousVoting ?? false,
    dotsLeft: state?.dotsLeft ?? 0,
    members: state?.members ?? [],
    items,
    presence: source.presence,
    me: source.me,
    facilitator: source.facilitator,
    saveState: source.saveState,
    ended: source.ended,
    joinError: source.joinError,
    notice: source.notice,
    canUndo: source.canUndo,
    canRedo: source.canRedo,
  };
}
