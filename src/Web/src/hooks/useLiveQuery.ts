import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, messageOf } from "../api/errors";
import { useLiveStream, type ChangeNotice, type LiveState } from "../api/live";

export type QueryState<T> =
  | { status: "loading" }
  | { status: "forbidden" }
  /** `retry` is false where asking again cannot help (an unknown municipality code). */
  | { status: "error"; message: string; retry: boolean }
  | { status: "ready"; data: T; refreshError: string | null; key: string };

export interface LiveQuery<T> {
  state: QueryState<T>;
  /** The data on screen answers an earlier key (e.g. other filters) while the new answer is on its way. */
  stale: boolean;
  live: LiveState;
  /** Increases each time a change someone made elsewhere has been fetched; drives the announcement. */
  liveUpdates: number;
  retry(): void;
}

// Many municipalities may move at once (a workshop closing writes several streams); one refetch covers them.
const DEBOUNCE_MS = 500;

/**
 * A read that has no single version to compare (the national console spans many streams): fetched
 * whenever `key` changes, and again (debounced) on each notice on `stream` that `concerns` accepts
 * and after each (re)follow, since notices may have been missed meanwhile. Only the newest
 * request's answer is shown, so a slow answer never overwrites a later one.
 */
export function useLiveQuery<T>(
  key: string,
  fetch: () => Promise<T>,
  stream: string | null,
  concerns: (notice: ChangeNotice) => boolean = () => true,
): LiveQuery<T> {
  const [state, setState] = useState<QueryState<T>>({ status: "loading" });
  const [liveUpdates, setLiveUpdates] = useState(0);
  const latest = useRef(0);
  const fetchRef = useRef(fetch);
  const concernsRef = useRef(concerns);
  const keyRef = useRef(key);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Declared before the fetching effect, so a new key is fetched with the new function.
  useEffect(() => {
    fetchRef.current = fetch;
    concernsRef.current = concerns;
    keyRef.current = key;
  });

  const load = useCallback((announce: boolean) => {
    const request = ++latest.current;
    const requestKey = keyRef.current;
    fetchRef.current().then(
      (data) => {
        if (request !== latest.current) return;
        setState({ status: "ready", data, refreshError: null, key: requestKey });
        if (announce) setLiveUpdates((n) => n + 1);
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof ApiError && error.code === "FORBIDDEN") return setState({ status: "forbidden" });
        const message = messageOf(error);
        const retry = !(error instanceof ApiError && ["NOT_FOUND", "VALIDATION"].includes(error.code ?? ""));
        setState((prev) => (prev.status === "ready" ? { ...prev, refreshError: message } : { status: "error", message, retry }));
      },
    );
  }, []);

  useEffect(() => {
    load(false);
    return () => {
      // An answer to this key must not land after the page moved on to another.
      latest.current++;
      clearTimeout(timer.current);
    };
  }, [key, load]);

  const schedule = useCallback(
    (announce: boolean) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => load(announce), DEBOUNCE_MS);
    },
    [load],
  );

  const live = useLiveStream(state.status === "ready" ? stream : null, {
    onFollowed() {
      schedule(false);
    },
    onNotice(notice) {
      if (concernsRef.current(notice)) schedule(true);
    },
  });

  const retry = useCallback(() => {
    setState({ status: "loading" });
    load(false);
  }, [load]);

  return { state, stale: state.status === "ready" && state.key !== key, live, liveUpdates, retry };
}
