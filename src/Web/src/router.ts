import { useSyncExternalStore } from "react";

const NAVIGATE_EVENT = "recovery:navigate";

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

export type Route =
  | { name: "municipalities" }
  | { name: "signIn" }
  | { name: "municipality"; code: string }
  | { name: "notFound" };

export function matchRoute(path: string): Route {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (trimmed === "/") return { name: "municipalities" };
  if (trimmed === "/log-ind") return { name: "signIn" };
  const municipality = /^\/kommuner\/([^/]+)$/.exec(trimmed);
  if (municipality?.[1]) {
    try {
      return { name: "municipality", code: decodeURIComponent(municipality[1]) };
    } catch {
      return { name: "notFound" };
    }
  }
  return { name: "notFound" };
}

export function municipalityPath(code: string): string {
  return `/kommuner/${encodeURIComponent(code)}`;
}
