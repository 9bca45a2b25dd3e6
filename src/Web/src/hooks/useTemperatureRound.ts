import { useCallback } from "react";
import { fetchRoundPage, type RoundPage } from "../api/temperature";
import { useLiveSnapshot, type LiveSnapshot } from "./useLiveSnapshot";

/** A round with the plan items made from it, live on the round's stream: the count grows as respondents answer. */
export function useTemperatureRound(code: string, id: string): LiveSnapshot<(RoundPage & { version: number }) | null> {
  const fetch = useCallback(async () => {
    const page = await fetchRoundPage(code, id);
    return page.round ? { ...page, version: page.round.version } : null;
  }, [code, id]);
  return useLiveSnapshot(`temperature:${code}:${id}`, fetch);
}
