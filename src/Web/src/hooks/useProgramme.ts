import { useCallback } from "react";
import { fetchProgramme } from "../api/queries";
import type { Programme } from "../api/types";
import { useLiveSnapshot, type LiveSnapshot } from "./useLiveSnapshot";

/** The municipality's programme, live on the municipality's own stream `municipality:{code}`. */
export function useProgramme(code: string): LiveSnapshot<Programme> {
  const fetch = useCallback(() => fetchProgramme(code), [code]);
  return useLiveSnapshot(`municipality:${code}`, fetch);
}
