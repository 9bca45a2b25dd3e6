import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, messageOf } from "../api/errors";
import { useLiveStream, type LiveState } from "../api/live";
import type { Change } from "../api/types";
import { VersionedLoader } from "./versionedLoader";

export type LiveResourceState<T> =
  | { status: "loading" }
  | { status: "forbidden" }
  | { status: "error"; message: string }
  | { status: "ready"; data: T; refreshError: string | null };

export interface LiveResource<T> {
  state: LiveResourceState<T>;
  live: LiveState;
  /** Increases each time someone else's change has been fetched; drives the announcement. */
  liveUpdates: number;
  /** Call after a successful mutation; resolves once the new state has been fetched (or failed). */
  afterSave(change: Change): Promise<void>;
  retry(): void;
}

/**
 * A snapshot of one live stream (e.g. "steering:657"): fetched on mount, refetched when the stream
 * announces a newer version and after this tab's own saves. A new key starts over.
 */
export function useLiveResource<T>(key: string, fetch: () => Promise<T>, versionOf: (data: T) => number): LiveResource<T> {
  const [state, setState] = useState<LiveResourceState<T>>({ status: "loading" });
  const [liveUpdates, setLiveUpdates] = useState(0);
  const source = useRef({ fetch, versionOf });
  useEffect(() => {
    source.current = { fetch, versionOf };
  });

  const loader = useMemo(
    () =>
      new VersionedLoader<T>({
        fetch: () => source.current.fetch(),
        versionOf: (data) => source.current.versionOf(data),
        onData(data, news) {
          setState({ status: "ready", data, refreshError: null });
          if (news) setLiveUpdates((n) => n + 1);
        },
        onError(error) {
          if (error instanceof ApiError && error.code === "FORBIDDEN") {
            setState({ status: "forbidden" });
            return;
          }
          const message = messageOf(error);
          setState((prev) => (prev.status === "ready" ? { ...prev, refreshError: message } : { status: "error", message }));
        },
      }),
    // The key names the stream; a new one needs a fresh loader with its own versions.
    [key],
  );

  useEffect(() => {
    void loader.start();
    return () => loader.stop();
  }, [loader]);

  const live = useLiveStream(state.status === "ready" ? key : null, {
    onFollowed(version, resync) {
      // Notices may have been missed while disconnected, so a reconnect always refetches.
      if (resync || version > loader.shown) loader.schedule();
    },
    onNotice(notice) {
      if (notice.version > loader.shown) loader.schedule();
    },
  });

  const afterSave = useCallback((change: Change) => loader.afterOwnChange(change.version), [loader]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    void loader.load();
  }, [loader]);

  return { state, live, liveUpdates, afterSave, retry };
}
