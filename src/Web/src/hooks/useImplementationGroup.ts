import { useCallback } from "react";
import { fetchImplementationGroup } from "../api/implementationQueries";
import type { ImplementationGroupPageData } from "../api/implementationTypes";
import { useLiveSnapshot, type LiveSnapshot } from "./useLiveSnapshot";

/** One implementation group with the principles' titles, live on its stream `impl:{code}:{slug}`. */
export function useImplementationGroup(code: string, slug: string): LiveSnapshot<ImplementationGroupPageData> {
  const fetch = useCallback(() => fetchImplementationGroup(code, slug), [code, slug]);
  return useLiveSnapshot(`impl:${code}:${slug}`, fetch);
}
