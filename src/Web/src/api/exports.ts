import { getToken } from "../auth";
import { ApiError, NETWORK_ERROR, userMessage } from "./errors";
import { sessionExpired } from "./graphql";

export type ExportFormat = "csv" | "xlsx";

const base = (code: string) => `/exports/${encodeURIComponent(code)}`;

/** The exports the server offers, without the extension: the format is chosen when downloading. */
export const exportPaths = {
  developmentPlan: (code: string) => `${base(code)}/styregruppe/udviklingsplan`,
  steeringDecisions: (code: string) => `${base(code)}/styregruppe/beslutninger`,
  implementationPlan: (code: string, slug: string) => `${base(code)}/implementeringsgrupper/${encodeURIComponent(slug)}/plan`,
  implementationDecisions: (code: string, slug: string) =>
    `${base(code)}/implementeringsgrupper/${encodeURIComponent(slug)}/beslutninger`,
  nationalMunicipalities: () => "/exports/national/kommuner",
};

const FAILED = "Eksporten kunne ikke hentes.";

/**
 * Downloads an export with the bearer token. A plain link cannot carry the token (it lives in
 * sessionStorage, not a cookie), so the file is fetched and handed to the browser as a blob.
 * `query` ("?region=…") goes after the extension.
 */
export async function downloadExport(path: string, format: ExportFormat, query = ""): Promise<void> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(`${path}.${format}${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(`${FAILED} ${NETWORK_ERROR}`, "NETWORK");
  }
  if (response.status === 401) throw sessionExpired();
  if (!response.ok) throw new ApiError(`${FAILED} ${await problemTitle(response)}`);

  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameFrom(response.headers.get("Content-Disposition"), `eksport.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  // The click only starts the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function problemTitle(response: Response): Promise<string> {
  if (response.status >= 502) return NETWORK_ERROR;
  try {
    const body = (await response.json()) as { title?: unknown };
    return userMessage(body.title);
  } catch {
    return userMessage(undefined);
  }
}

/** The file name the server chose: RFC 5987 `filename*` (with æ, ø, å) when present, else the ASCII `filename`. */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: fall back to the ASCII name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain?.[1] || plain?.[2] || fallback;
}
