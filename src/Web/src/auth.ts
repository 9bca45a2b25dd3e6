import { useSyncExternalStore } from "react";

const TOKEN_KEY = "recovery.token";
// Survives the redirect to the sign-in page, but only in this tab.
const NOTICE_KEY = "recovery.notice";

export const SESSION_EXPIRED = "Din session er udløbet. Log ind igen.";

const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable (private mode, policies); sign-in then lasts for this page only.
  }
}

let token: string | null = read(TOKEN_KEY);

export function getToken(): string | null {
  return token;
}

export function setToken(value: string | null): void {
  if (value === token) return;
  token = value;
  write(TOKEN_KEY, value);
  emit();
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken);
}

/** Drops the token and leaves a notice for the sign-in page. */
export function expireSession(): void {
  if (token === null) return;
  write(NOTICE_KEY, SESSION_EXPIRED);
  setToken(null);
}

export function peekNotice(): string | null {
  return read(NOTICE_KEY);
}

export function clearNotice(): void {
  write(NOTICE_KEY, null);
}

export interface Persona {
  id: string;
  name: string;
  role: string;
  municipalityCode: string | null;
  municipalityName: string | null;
}
