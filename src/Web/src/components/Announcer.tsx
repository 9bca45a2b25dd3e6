import { useSyncExternalStore } from "react";

let current = { text: "", id: 0 };
const listeners = new Set<() => void>();

/** Polite screen-reader announcement for things that have no visible status line. */
export function announce(text: string): void {
  current = { text, id: current.id + 1 };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function Announcer() {
  const message = useSyncExternalStore(subscribe, () => current);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {/* A new node per message, so repeating the same text is announced again. */}
      {message.text && <span key={message.id}>{message.text}</span>}
    </div>
  );
}
