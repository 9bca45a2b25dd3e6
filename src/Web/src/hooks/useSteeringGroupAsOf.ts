import { useEffect, useState } from "react";
import { messageOf } from "../api/errors";
import { fetchSteeringGroupAsOf } from "../api/queries";
import type { SteeringGroup } from "../api/types";

export type AsOfState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; group: SteeringGroup | null };

/** The group as it was at the end of a day; read once, since the past does not change. */
export function useSteeringGroupAsOf(code: string, day: string): AsOfState {
  const [state, setState] = useState<AsOfState>({ status: "loading" });

  useEffect(() => {
    // Picking another day while one is loading must show the last one picked.
    let current = true;
    setState({ status: "loading" });
    fetchSteeringGroupAsOf(code, day).then(
      (group) => current && setState({ status: "ready", group }),
      (error: unknown) => current && setState({ status: "error", message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [code, day]);

  return state;
}
