import { useCallback } from "react";
import { fetchSteeringGroup } from "../api/queries";
import type { SteeringGroup } from "../api/types";
import { useLiveSnapshot, type LiveSnapshot } from "./useLiveSnapshot";

/** The steering group (null until established), live on its stream `steering:{code}`. */
export function useSteeringGroup(code: string): LiveSnapshot<SteeringGroup | null> {
  const fetch = useCallback(() => fetchSteeringGroup(code), [code]);
  return useLiveSnapshot(`steering:${code}`, fetch);
}
