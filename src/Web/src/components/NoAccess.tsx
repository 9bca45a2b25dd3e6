import type { ReactNode } from "react";
import { genitive } from "../labels";

/** Says the viewer may not see this page: by default another municipality's steering group, or what `children` says. */
export function NoAccess({ municipalityName, children }: { municipalityName?: string; children?: ReactNode }) {
  return (
    <div className="message">
      <p>{children ?? `Du har ikke adgang til ${genitive(municipalityName ?? "kommunen")} styregruppe.`}</p>
    </div>
  );
}
