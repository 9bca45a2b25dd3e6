import { HubConnectionBuilder, LogLevel, type HubConnection } from "@microsoft/signalr";
import { getToken } from "../auth";
import { RoomError, type Participant, type RoomStep, type WorkshopTransport } from "../collab/protocol";
import { WorkshopSession } from "../collab/workshopSession";
import { forgetGuestToken, guestToken } from "./workshopGuests";

// After automatic reconnect gives up, keep trying slowly, as the live connection does.
const RESTART_DELAYS_MS = [5_000, 15_000, 30_000];

/** "…HubException: CONFLICT: Danish text" → code and text; anything else means the connection failed. */
export function roomError(error: unknown): RoomError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(?:HubException: )?\b([A-Z][A-Z_]+): ([\s\S]*)$/.exec(message);
  return match ? new RoomError(match[1]!, match[2]!) : new RoomError(null, message);
}

export function workshopKey(municipality: string, id: string): string {
  return `${municipality}/workshop/${id}`;
}

/**
 * One tab's place in one workshop over `/hubs/workshop`: the session gets `connected` after every
 * (re)connection and `disconnected` when the line drops. The guest token for this workshop wins
 * over a staff sign-in, so a guest tab never needs one. Returns the session and a stop function.
 */
export function openWorkshop(workshop: string): { session: WorkshopSession; stop(): void } {
  let connection: HubConnection | null = null;
  let stopped = false;
  let restartAttempt = 0;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  const token = () => guestToken(workshop) ?? getToken() ?? "";

  const invoke = async <T>(method: string, ...args: unknown[]): Promise<T> => {
    if (connection === null) throw new RoomError(null, "Ikke forbundet.");
    try {
      return await connection.invoke<T>(method, workshop, ...args);
    } catch (error) {
      throw roomError(error);
    }
  };

  const transport: WorkshopTransport = {
    join: (since, pending) => invoke("Join", since, pending),
    catchUp: (since, pending) => invoke("CatchUp", since, pending),
    submit: (proposal) => invoke("Submit", proposal),
    focus: (item, field) => invoke("Focus", item, field),
    leave: () => invoke("Leave"),
  };
  const session = new WorkshopSession(transport);

  function restart(): void {
    clearTimeout(restartTimer);
    if (stopped) return;
    const delay = RESTART_DELAYS_MS[Math.min(restartAttempt++, RESTART_DELAYS_MS.length - 1)];
    restartTimer = setTimeout(start, delay);
  }

  function start(): void {
    const conn = new HubConnectionBuilder()
      .withUrl("/hubs/workshop", { accessTokenFactory: token })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    const ours = <T extends { workshop: string }>(handle: (message: T) => void) => (message: T) => {
      if (conn === connection && message.workshop === workshop) handle(message);
    };
    conn.on("step", ours<RoomStep & { workshop: string }>((step) => session.onStep(step)));
    conn.on("storage", ours<{ workshop: string; available: boolean }>((m) => session.onStorage(m.available)));
    conn.on("presence", ours<{ workshop: string; participants: Participant[] }>((m) => session.onPresence(m.participants)));
    conn.on(
      "ended",
      ours<{ workshop: string; reason: "closed" | "revoked" }>((m) => {
        // The server closes guests' connections next; nothing to reconnect to.
        stopped = true;
        forgetGuestToken(workshop);
        session.onEnded(m.reason);
      }),
    );
    conn.onreconnecting(() => {
      if (conn === connection) session.disconnected();
    });
    conn.onreconnected(() => {
      if (conn === connection) session.connected();
    });
    conn.onclose(() => {
      if (conn !== connection) return;
      connection = null;
      session.disconnected();
      restart();
    });
    connection = conn;
    conn.start().then(
      () => {
        if (conn !== connection) return;
        restartAttempt = 0;
        session.connected();
      },
      () => {
        if (conn !== connection) return;
        connection = null;
        session.disconnected();
        restart();
      },
    );
  }

  start();
  return {
    session,
    stop() {
      stopped = true;
      clearTimeout(restartTimer);
      session.leave();
      const conn = connection;
      connection = null;
      void conn?.stop().catch(() => undefined);
    },
  };
}
