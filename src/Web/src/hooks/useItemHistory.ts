import { useEffect, useState } from "react";
import { messageOf } from "../api/errors";
import type { HistoryEntry } from "../api/types";

/** Where a plan item's history comes from, and how to restore it; a new source (new group version) reloads it. */
export interface ItemHistorySource {
  load(itemId: string): Promise<HistoryEntry[]>;
  /** Absent for people who may not edit the plan. */
  restore?(itemId: string, version: number): Promise<void>;
}

export type ItemHistoryState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; entries: HistoryEntry[] };

export function useItemHistory(source: ItemHistorySource, itemId: string): ItemHistoryState {
  const [state, setState] = useState<ItemHistoryState>({ status: "loading" });

  useEffect(() => {
    // An answer for an older source (the group changed meanwhile) must not replace a newer one.
    let current = true;
    source.load(itemId).then(
      (entries) => current && setState({ status: "ready", entries }),
      (error: unknown) => current && setState({ status: "error", message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [source, itemId]);

  return state;
}
