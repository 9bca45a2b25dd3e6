import type { ImplementationGroup, Principle } from "../../api/implementationTypes";
import type { Change } from "../../api/types";

/** What every section of the group page gets: the group as last fetched, and the refetch after a save. */
export interface GroupSectionProps {
  group: ImplementationGroup;
  afterSave(change: Change): Promise<void>;
}

export interface PlanSectionProps extends GroupSectionProps {
  principles: Principle[];
}
