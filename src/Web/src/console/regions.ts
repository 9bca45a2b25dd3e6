import type { ActionCounts, PhaseCount, RegionProgress } from "../api/nationalProgress";
import { programmePhaseLabels, programmePhases } from "../labels";

/**
 * The five regions north to south, then east, each with its place on the schematic map (a CSS grid
 * area): Jutland down the left, Funen with Southern Denmark, Zealand and the capital to the right.
 */
export const REGIONS = [
  { name: "Nordjylland", area: "nord" },
  { name: "Midtjylland", area: "midt" },
  { name: "Syddanmark", area: "syd" },
  { name: "Sjælland", area: "sjaelland" },
  { name: "Hovedstaden", area: "hoved" },
] as const;

export const REGION_NAMES: readonly string[] = REGIONS.map((r) => r.name);

export interface RegionTile extends RegionProgress {
  area: string;
}

const noActions: ActionCounts = { planned: 0, inProgress: 0, onHold: 0, done: 0, overdue: 0, total: 0 };

/**
 * Exactly the five regions in map order, whatever the server sent: a region with nobody taking
 * part still has its place on the map (with zeros), and its phases are listed in programme order.
 */
export function regionTiles(regions: readonly RegionProgress[]): RegionTile[] {
  return REGIONS.map(({ name, area }) => {
    const found = regions.find((r) => r.region === name);
    const base: RegionProgress = found ?? {
      region: name,
      municipalities: 0,
      participating: 0,
      phases: [],
      actions: noActions,
      workshopsHeld: 0,
      citizensTakePart: 0,
      temperatureMean: null,
    };
    return { ...base, phases: phasesInOrder(base.phases), area };
  });
}

/** Every phase once, in programme order, with zero where no municipality is in it. */
export function phasesInOrder(phases: readonly PhaseCount[]): PhaseCount[] {
  return programmePhases.map((phase) => {
    const matching = phases.filter((p) => p.phase === phase);
    return { phase, title: matching[0]?.title ?? programmePhaseLabels[phase], count: matching.reduce((n, p) => n + p.count, 0) };
  });
}

export interface CountryTotals {
  participating: number;
  municipalities: number;
  overdue: number;
  citizensTakePart: number;
  workshopsHeld: number;
}

/** The whole country as the sum of its regions, for the sentence above the map. */
export function countryTotals(tiles: readonly RegionProgress[]): CountryTotals {
  return tiles.reduce<CountryTotals>(
    (sum, r) => ({
      participating: sum.participating + r.participating,
      municipalities: sum.municipalities + r.municipalities,
      overdue: sum.overdue + r.actions.overdue,
      citizensTakePart: sum.citizensTakePart + r.citizensTakePart,
      workshopsHeld: sum.workshopsHeld + r.workshopsHeld,
    }),
    { participating: 0, municipalities: 0, overdue: 0, citizensTakePart: 0, workshopsHeld: 0 },
  );
}
