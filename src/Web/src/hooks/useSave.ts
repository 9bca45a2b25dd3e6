import { useCallback, useRef, useState } from "react";
import { messageOf } from "../api/errors";

export type SaveStatus = "idle" | "saving" | "saved" | "error";

export interface Save {
  status: SaveStatus;
  error: string | null;
  /** Runs the action unless one is already running; true when it succeeded. */
  run(action: () => Promise<unknown>): Promise<boolean>;
  /** Clears "Gemt" and errors, e.g. when the user edits the form again. */
  reset(): void;
  fail(message: string): void;
}

export function useSave(): Save {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const run = useCallback(async (action: () => Promise<unknown>) => {
    if (busy.current) return false;
    busy.current = true;
    setStatus("saving");
    setError(null);
    try {
      await action();
      setStatus("saved");
      return true;
    } catch (e) {
      setError(messageOf(e));
      setStatus("error");
      return false;
    } finally {
      busy.current = false;
    }
  }, []);

  const reset = useCallback(() => {
    if (busy.current) return;
    setStatus("idle");
    setError(null);
  }, []);

  const fail = useCallback((message: string) => {
    setError(message);
    setStatus("error");
  }, []);

  return { status, error, run, reset, fail };
}
