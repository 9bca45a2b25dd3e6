import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { HubConnectionBuilder, LogLevel, type HubConnection } from "@microsoft/signalr";
import { getToken, subscribeToken } from "../auth";

export type LiveState = "connecting" | "connected" | "reconnecting" | "disconnected";

export interface ChangeNotice {
  tenant: string;
  stream: string;
  version: number;
  events: string[];
}

interface Follower {
  key: string;
  /** After (re)following: the server's current version; `resync` after any reconnect. */
  onFollowed(version: number, resync: boolean): void;
  /** E.g. FORBIDDEN for another municipality's stream. */
  onFollowFailed(): void;
  onNotice(notice: ChangeNotice): void;
}

// After automatic reconnect gives up, keep trying slowly while someone is following.
const RESTART_DELAYS_MS = [5_000, 15_000, 30_000];
const STOP_WHEN_IDLE_MS = 2_000;

let connection: HubConnection | null = null;
let state: LiveState = "disconnected";
let restartAttempt = 0;
let restartTimer: ReturnType<typeof setTimeout> | undefined;
let stopTimer: ReturnType<typeof setTimeout> | undefined;
const followers = new Set<Follower>();
const stateListeners = new Set<() => void>();

function setState(next: LiveState): void {
  if (next === state) return;
  state = next;
  for (const listener of stateListeners) listener();
}

function followKey(conn: HubConnection, key: string, resync: boolean): void {
  conn.invoke<number>("Follow", key).then(
    (version) => {
      if (conn !== connection) return;
      for (const f of followers) if (f.key === key) f.onFollowed(Number(version) || 0, resync);
    },
    () => {
      if (conn !== connection) return;
      for (const f of followers) if (f.key === key) f.onFollowFailed();
    },
  );
}

function followAll(conn: HubConnection, resync: boolean): void {
  for (const key of new Set([...followers].map((f) => f.key))) followKey(conn, key, resync);
}

function scheduleRestart(): void {
  clearTimeout(restartTimer);
  if (followers.size === 0 || getToken() === null) return;
  const delay = RESTART_DELAYS_MS[Math.min(restartAttempt, RESTART_DELAYS_MS.length - 1)];
  restartAttempt++;
  restartTimer = setTimeout(() => connect(true), delay);
}

function connect(resync: boolean): void {
  clearTimeout(stopTimer);
  clearTimeout(restartTimer);
  if (connection !== null || getToken() === null || followers.size === 0) return;

  const conn = new HubConnectionBuilder()
    .withUrl("/hubs/live", { accessTokenFactory: () => getToken() ?? "" })
    .withAutomaticReconnect()
    .configureLogging(LogLevel.Warning)
    .build();

  conn.on("changed", (notice: ChangeNotice) => {
    if (conn !== connection) return;
    for (const f of followers) if (f.key === notice.stream) f.onNotice(notice);
  });
  conn.onreconnecting(() => {
    if (conn === connection) setState("reconnecting");
  });
  conn.onreconnected(() => {
    if (conn !== connection) return;
    setState("connected");
    followAll(conn, true);
  });
  conn.onclose(() => {
    if (conn !== connection) return;
    connection = null;
    setState("disconnected");
    scheduleRestart();
  });

  connection = conn;
  setState("connecting");
  conn.start().then(
    () => {
      if (conn !== connection) return;
      restartAttempt = 0;
      setState("connected");
      followAll(conn, resync);
    },
    () => {
      if (conn !== connection) return;
      connection = null;
      setState("disconnected");
      scheduleRestart();
    },
  );
}

function disconnect(): void {
  clearTimeout(restartTimer);
  clearTimeout(stopTimer);
  const conn = connection;
  connection = null;
  setState("disconnected");
  void conn?.stop().catch(() => undefined);
}

// A different person in this tab must not keep the previous person's connection.
subscribeToken(() => {
  disconnect();
  restartAttempt = 0;
  connect(true);
});

function addFollower(follower: Follower): void {
  followers.add(follower);
  if (connection === null) connect(false);
  else if (state === "connected") followKey(connection, follower.key, false);
  clearTimeout(stopTimer);
}

function removeFollower(follower: Follower): void {
  followers.delete(follower);
  const conn = connection;
  // Deferred so a quick unmount/mount (navigation, StrictMode) does not unfollow and refollow.
  setTimeout(() => {
    if (conn === null || conn !== connection || state !== "connected") return;
    if ([...followers].some((f) => f.key === follower.key)) return;
    conn.invoke("Unfollow", follower.key).catch(() => undefined);
  }, 0);
  if (followers.size === 0) {
    clearTimeout(stopTimer);
    stopTimer = setTimeout(() => {
      if (followers.size === 0) disconnect();
    }, STOP_WHEN_IDLE_MS);
  }
}

function subscribeState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

export interface LiveHandlers {
  onFollowed(version: number, resync: boolean): void;
  onNotice(notice: ChangeNotice): void;
}

/** Follows one stream (e.g. "steering:657") while mounted; returns the state to show. */
export function useLiveStream(key: string | null, handlers: LiveHandlers): LiveState {
  const connectionState = useSyncExternalStore(subscribeState, () => state);
  const [followFailed, setFollowFailed] = useState(false);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (key === null) return;
    const follower: Follower = {
      key,
      onFollowed(version, resync) {
        setFollowFailed(false);
        handlersRef.current.onFollowed(version, resync);
      },
      onFollowFailed() {
        setFollowFailed(true);
      },
      onNotice(notice) {
        handlersRef.current.onNotice(notice);
      },
    };
    addFollower(follower);
    return () => removeFollower(follower);
  }, [key]);

  if (key === null) return "disconnected";
  if (connectionState === "connected" && followFailed) return "disconnected";
  return connectionState;
}
