import { useId } from "react";
import { exportPaths } from "../api/exports";
import type { Change, Decision } from "../api/types";
import { formatDateTime } from "../format";
import { ExportButtons } from "./ExportButtons";
import { RecordDecisionForm } from "./RecordDecisionForm";

interface DecisionsSectionProps {
  municipalityCode: string;
  decisions: Decision[];
  canGovern: boolean;
  /** Only the municipality's own people: the file holds names and free text. */
  canExport: boolean;
  afterSave(change: Change): Promise<void>;
}

export function DecisionsSection({ municipalityCode, decisions, canGovern, canExport, afterSave }: DecisionsSectionProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Beslutningslog</h2>
      {canExport && decisions.length > 0 && (
        <ExportButtons path={exportPaths.steeringDecisions(municipalityCode)} subject="beslutningsloggen" />
      )}
      {canGovern && <RecordDecisionForm municipalityCode={municipalityCode} afterSave={afterSave} />}
      {decisions.length === 0 ? (
        <p className="empty">Der er ikke registreret nogen beslutninger endnu.</p>
      ) : (
        <ol className="decision-list" aria-label="Beslutninger, nyeste først">
          {decisions.map((decision) => (
            <li key={decision.id} className="decision">
              <h3 className="decision__title">{decision.title}</h3>
              {decision.rationale && <p className="decision__rationale">{decision.rationale}</p>}
              <p className="meta">
                Registreret <time dateTime={decision.recordedAt}>{formatDateTime(decision.recordedAt)}</time>
                {decision.recordedByName && <> af {decision.recordedByName}</>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
