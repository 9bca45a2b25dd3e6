import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf } from "../api/errors";

export type Fetched<T> = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; value: T };

/**
 * Fetches whenever `key` changes (or on reload), and ignores an answer that arrives after a newer
 * request started, so a slow first answer never overwrites a later one.
 */
export function useFetched<T>(key: string, fetch: () => Promise<T>): [Fetched<T>, () => void] {
  const [state, setState] = useState<Fetched<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(fetch);
  latest.current = fetch;

  useEffect(() => {
    let active = true;
    latest.current().then(
      (value) => active && setState({ status: "ready", value }),
      (error: unknown) => active && setState({ status: "error", message: messageOf(error) }),
    );
    return () => {
      active = false;
    };
  }, [key, attempt]);

  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}
