import { useEffect, useState } from "react";
import { announce } from "../Announcer";

function format(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The facilitator's countdown; `endsAt` is already on this browser's clock. */
export function RoomTimer({ endsAt, large = false }: { endsAt: number | null; large?: boolean }) {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (endsAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [endsAt]);

  const left = endsAt === null ? null : endsAt - now;
  const over = left !== null && left <= 0;
  useEffect(() => {
    if (over) announce("Tiden er gået.");
  }, [over]);

  if (left === null) return <p className={large ? "room-timer room-timer--large" : "room-timer"}>Intet ur kører</p>;
  const text = format(left);
  const [minutes, seconds] = text.split(":");
  return (
    <p className={large ? "room-timer room-timer--large" : "room-timer"} role="timer"
      aria-label={over ? "Tiden er gået" : `Tid tilbage: ${minutes} minutter og ${Number(seconds)} sekunder`}>
      {over ? "Tiden er gået" : <>Tid tilbage: <strong>{text}</strong></>}
    </p>
  );
}
