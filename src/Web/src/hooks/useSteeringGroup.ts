import { fetchSteeringGroup } from "../api/queries";
import type { SteeringGroup } from "../api/types";
import { useLiveResource, type LiveResource } from "./useLiveResource";

export type SteeringState =
  | { status: "loading" }
  | { status: "forbidden" }
  | { status: "error"; message: string }
  | { status: "ready"; group: SteeringGroup | null; refreshError: string | null };

export type SteeringGroupData = Omit<LiveResource<SteeringGroup | null>, "state"> & { state: SteeringState };

export function useSteeringGroup(code: string): SteeringGroupData {
  const resource = useLiveResource(`steering:${code}`, () => fetchSteeringGroup(code), (group) => group?.version ?? 0);
  const { state } = resource;
  return {
    ...resource,
    state: state.status === "ready" ? { status: "ready", group: state.data, refreshError: state.refreshError } : state,
  };
}
