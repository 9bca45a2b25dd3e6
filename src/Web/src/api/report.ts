import { ApiError } from "./errors";
import { graphql } from "./graphql";
import { operation } from "./operation";
import type { Municipality, PlanItemStatus } from "./types";

export interface StatusCounts {
  planned: number;
  inProgress: number;
  done: number;
  onHold: number;
}

export interface PrerequisiteProgress extends StatusCounts {
  number: number;
  title: string;
  /** Titles are null for people outside the municipality: they may be citizens' own words. */
  items: { title: string | null; status: PlanItemStatus; due: string | null }[];
}

export interface PrincipleProgress extends StatusCounts {
  number: number;
  title: string;
}

export interface GroupProgress {
  slug: string;
  name: string;
  activities: number;
  latestReportTitle: string | null;
  latestReportAt: string | null;
}

export interface ProgressReport {
  generatedAt: string;
  prerequisites: PrerequisiteProgress[];
  principles: PrincipleProgress[];
  groups: GroupProgress[];
}

const PROGRESS_REPORT = operation("ProgressReport", `query ProgressReport($code: String!) {
  municipality(code: $code) {
    code name region
    progressReport {
      generatedAt
      prerequisites { number title planned inProgress done onHold items { title status due } }
      principles { number title planned inProgress done onHold }
      groups { slug name activities latestReportTitle latestReportAt }
    }
  }
}`);

export async function fetchProgressReport(code: string): Promise<{ municipality: Municipality; report: ProgressReport }> {
  const data = await graphql<{ municipality: (Municipality & { progressReport: ProgressReport | null }) | null }>(PROGRESS_REPORT, { code });
  const municipality = data.municipality;
  if (!municipality?.progressReport) throw new ApiError(`Der findes ingen kommune med koden ${code}.`, "NOT_FOUND");
  const { progressReport, ...rest } = municipality;
  return { municipality: rest, report: progressReport };
}
