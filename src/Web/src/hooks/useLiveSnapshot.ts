import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, messageOf } from "../api/errors";
import { useLiveStream, type LiveState } from "../api/live";
import type { Change } from "../api/types";

export type SnapshotState<T> =
  | { status: "loading" }
  | { status: "forbidden" }
  | { status: "error"; message: string }
  | { status: "ready"; data: T; refreshError: string | null };

const DEBOUNCE_MS = 100;

export interface LiveSnapshot<T> {
  state: SnapshotState<T>;
  live: LiveState;
  /** Increases each time someone else's change has been fetched; drives the announcement. */
  liveUpdates: number;
  /** Call after a successful mutation; resolves once the new state has been fetched (or failed). */
  afterSave(change: Change): Promise<void>;
  retry(): void;
}

/**
 * A server snapshot that follows its live stream: fetched on mount, refetched (debounced) on
 * notices and after reconnects. `fetch` must be stable (memoize it); a null snapshot counts as version 0.
 */
export function useLiveSnapshot<T extends { version: number } | null>(
  stream: string,
  fetch: () => Promise<T>,
): LiveSnapshot<T> {
  const [state, setState] = useState<SnapshotState<T>>({ status: "loading" });
  const [liveUpdates, setLiveUpdates] = useState(0);

  // The version on screen; only whole snapshots with a version >= this are shown,
  // so late or repeated answers can never move the page backwards.
  const shown = useRef(-1);
  // Highest version produced by this tab's own mutations; those are not announced as live news.
  const own = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const announce = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const load = useCallback((): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        const shouldAnnounce = announce.current;
        announce.current = false;
        try {
          const data = await fetch();
          if (!mounted.current) return;
          const version = data?.version ?? 0;
          if (version < shown.current) continue;
          const isNews = shown.current >= 0 && version > shown.current && version > own.current;
          shown.current = version;
          setState({ status: "ready", data, refreshError: null });
          if (shouldAnnounce && isNews) setLiveUpdates((n) => n + 1);
        } catch (error) {
          if (!mounted.current) return;
          if (error instanceof ApiError && error.code === "FORBIDDEN") {
            setState({ status: "forbidden" });
            return;
          }
          const message = messageOf(error);
          setState((prev) =>
            prev.status === "ready" ? { ...prev, refreshError: message } : { status: "error", message },
          );
        }
      } while (again.current && mounted.current);
    })().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = run;
    return run;
  }, [fetch]);

  const schedule = useCallback(
    (isLive: boolean) => {
      if (isLive) announce.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void load(), DEBOUNCE_MS);
    },
    [load],
  );

  useEffect(() => {
    mounted.current = true;
    void load();
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, [load]);

  const live = useLiveStream(state.status === "ready" ? stream : null, {
    onFollowed(version, resync) {
      // Notices may have been missed while disconnected, so a reconnect always refetches.
      if (resync || version > shown.current) schedule(true);
    },
    onNotice(notice) {
      if (notice.version > shown.current) schedule(true);
    },
  });

  const afterSave = useCallback(
    (change: Change) => {
      own.current = Math.max(own.current, change.version);
      return load();
    },
    [load],
  );

  const retry = useCallback(() => {
    setState({ status: "loading" });
    void load();
  }, [load]);

  return { state, live, liveUpdates, afterSave, retry };
}
