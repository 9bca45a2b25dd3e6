import { useCallback } from "react";
import { fetchStaircase, type StaircasePageData } from "../api/staircase";
import { useLiveSnapshot, type LiveSnapshot } from "./useLiveSnapshot";

/** A municipality's staircase and key figures, live on its stream `staircase:{code}`. */
export function useStaircase(code: string): LiveSnapshot<StaircasePageData | null> {
  const fetch = useCallback(() => fetchStaircase(code), [code]);
  return useLiveSnapshot(`staircase:${code}`, fetch);
}
