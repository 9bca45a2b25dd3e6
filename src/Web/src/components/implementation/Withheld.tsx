import type { ReactNode } from "react";
import { WITHHELD_TEXT } from "../../labels";

/** The item's words, or a plain statement that a citizen wrote them and they are not shared with this viewer. */
export function Withheld({ withheld, children }: { withheld: boolean; children: ReactNode }) {
  return withheld ? <span className="withheld">{WITHHELD_TEXT}</span> : <>{children}</>;
}
