import { fetchImplementationGroup } from "../api/implementationQueries";
import type { ImplementationGroupPageData } from "../api/implementationTypes";
import { useLiveResource, type LiveResource } from "./useLiveResource";

export function useImplementationGroup(code: string, slug: string): LiveResource<ImplementationGroupPageData> {
  return useLiveResource(`impl:${code}:${slug}`, () => fetchImplementationGroup(code, slug), (data) => data.group?.version ?? 0);
}
