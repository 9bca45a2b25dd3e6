import { useSyncExternalStore } from "react";

const NAVIGATE_EVENT = "recovery:navigate";

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/** The query string, e.g. the console's filters; changes with navigate() and back/forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => location.search);
}

export type Route =
  | { name: "municipalities" }
  | { name: "nationalConsole" }
  | { name: "municipalityProgress"; code: string }
  | { name: "signIn" }
  | { name: "municipality"; code: string }
  | { name: "implementationGroup"; code: string; slug: string }
  | { name: "report"; code: string }
  | { name: "caseReviews"; code: string }
  | { name: "caseReview"; code: string; id: string }
  | { name: "staircase"; code: string }
  | { name: "temperatureRound"; code: string; id: string }
  | { name: "questionnaire" }
  | { name: "workshop"; code: string; id: string; projector: boolean }
  | { name: "guestJoin"; guestCode: string }
  | { name: "citizenMeasures"; code: string }
  | { name: "citizenAccessLog"; code: string }
  | { name: "people"; code: string }
  | { name: "referenceNetwork"; code: string }
  | { name: "citizen" }
  | { name: "notFound" };

export function matchRoute(path: string): Route {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (trimmed === "/") return { name: "municipalities" };
  if (trimmed === "/log-ind") return { name: "signIn" };
  if (trimmed === QUESTIONNAIRE_PATH) return { name: "questionnaire" };
  if (trimmed === "/borger") return { name: "citizen" };
  if (trimmed === "/koordinator") return { name: "nationalConsole" };
  try {
    const progress = /^\/koordinator\/kommuner\/([^/]+)$/.exec(trimmed);
    if (progress?.[1]) return { name: "municipalityProgress", code: decodeURIComponent(progress[1]) };
    const municipality = /^\/kommuner\/([^/]+)$/.exec(trimmed);
    if (municipality?.[1]) return { name: "municipality", code: decodeURIComponent(municipality[1]) };
    const group = /^\/kommuner\/([^/]+)\/grupper\/([^/]+)$/.exec(trimmed);
    if (group?.[1] && group[2]) return { name: "implementationGroup", code: decodeURIComponent(group[1]), slug: decodeURIComponent(group[2]) };
    const staircase = /^\/kommuner\/([^/]+)\/indsatstrappe$/.exec(trimmed);
    if (staircase?.[1]) return { name: "staircase", code: decodeURIComponent(staircase[1]) };
    const round = /^\/kommuner\/([^/]+)\/temperaturmaalinger\/([^/]+)$/.exec(trimmed);
    if (round?.[1] && round[2]) return { name: "temperatureRound", code: decodeURIComponent(round[1]), id: decodeURIComponent(round[2]) };
    const measures = /^\/kommuner\/([^/]+)\/borgermaal$/.exec(trimmed);
    if (measures?.[1]) return { name: "citizenMeasures", code: decodeURIComponent(measures[1]) };
    const accessLog = /^\/kommuner\/([^/]+)\/borgermaal\/adgangslog$/.exec(trimmed);
    if (accessLog?.[1]) return { name: "citizenAccessLog", code: decodeURIComponent(accessLog[1]) };
    const people = /^\/kommuner\/([^/]+)\/personer$/.exec(trimmed);
    if (people?.[1]) return { name: "people", code: decodeURIComponent(people[1]) };
    const network = /^\/kommuner\/([^/]+)\/sammenligning$/.exec(trimmed);
    if (network?.[1]) return { name: "referenceNetwork", code: decodeURIComponent(network[1]) };
    const report = /^\/kommuner\/([^/]+)\/rapport$/.exec(trimmed);
    if (report?.[1]) return { name: "report", code: decodeURIComponent(report[1]) };
    const reviews = /^\/kommuner\/([^/]+)\/sagsgennemgange(?:\/([^/]+))?$/.exec(trimmed);
    if (reviews?.[1]) {
      const code = decodeURIComponent(reviews[1]);
      return reviews[2] ? { name: "caseReview", code, id: decodeURIComponent(reviews[2]) } : { name: "caseReviews", code };
    }
    const workshop = /^\/kommuner\/([^/]+)\/workshops\/([^/]+)(\/projektor)?$/.exec(trimmed);
    if (workshop?.[1] && workshop[2])
      return { name: "workshop", code: decodeURIComponent(workshop[1]), id: decodeURIComponent(workshop[2]), projector: workshop[3] !== undefined };
    const guest = /^\/deltag(?:\/([^/]+))?$/.exec(trimmed);
    if (guest) return { name: "guestJoin", guestCode: guest[1] ? decodeURIComponent(guest[1]) : "" };
  } catch {
    // A malformed %-escape in the address.
  }
  return { name: "notFound" };
}

export const QUESTIONNAIRE_PATH = "/spoergeskema";

export function municipalityPath(code: string): string {
  return `/kommuner/${encodeURIComponent(code)}`;
}

export function reportPath(code: string): string {
  return `${municipalityPath(code)}/rapport`;
}

export function staircasePath(code: string): string {
  return `${municipalityPath(code)}/indsatstrappe`;
}

export function citizenMeasuresPath(code: string): string {
  return `${municipalityPath(code)}/borgermaal`;
}

export function citizenAccessLogPath(code: string): string {
  return `${citizenMeasuresPath(code)}/adgangslog`;
}

export function peoplePath(code: string): string {
  return `${municipalityPath(code)}/personer`;
}

export function referenceNetworkPath(code: string): string {
  return `${municipalityPath(code)}/sammenligning`;
}

export function workshopPath(code: string, id: string, projector = false): string {
  return `${municipalityPath(code)}/workshops/${encodeURIComponent(id)}${projector ? "/projektor" : ""}`;
}

export function guestJoinPath(guestCode: string): string {
  return `/deltag/${encodeURIComponent(guestCode)}`;
}

export function groupPath(code: string, slug: string): string {
  return `${municipalityPath(code)}/grupper/${encodeURIComponent(slug)}`;
}

export function temperatureRoundPath(code: string, id: string): string {
  return `${municipalityPath(code)}/temperaturmaalinger/${encodeURIComponent(id)}`;
}

export function caseReviewsPath(code: string): string {
  return `${municipalityPath(code)}/sagsgennemgange`;
}

export function caseReviewPath(code: string, id: string): string {
  return `${caseReviewsPath(code)}/${encodeURIComponent(id)}`;
}
