import { useId } from "react";
import { exportPaths } from "../api/exports";
import type { Change, Decision, Member, PrerequisitePlan } from "../api/types";
import { formatDateTime } from "../format";
import { ExportButtons } from "./ExportButtons";
import { decisionAnchor, planItemAnchor } from "./implementation/anchors";
import { Withheld } from "./implementation/Withheld";
import { RecordDecisionForm } from "./RecordDecisionForm";

interface DecisionsSectionProps {
  municipalityCode: string;
  decisions: Decision[];
  members: Member[];
  plan: PrerequisitePlan[];
  canGovern: boolean;
  /** Only the municipality's own people: the file holds names and free text. */
  canExport: boolean;
  afterSave(change: Change): Promise<void>;
}

export function DecisionsSection({ municipalityCode, decisions, members, plan, canGovern, canExport, afterSave }: DecisionsSectionProps) {
  const headingId = useId();
  const items = new Map(plan.flatMap((p) => p.items).map((i) => [i.id, i]));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Beslutningslog</h2>
      {canExport && decisions.length > 0 && (
        <ExportButtons path={exportPaths.steeringDecisions(municipalityCode)} subject="beslutningsloggen" />
      )}
      {canGovern && <RecordDecisionForm municipalityCode={municipalityCode} members={members} afterSave={afterSave} />}
      {decisions.length === 0 ? (
        <p className="empty">Der er ikke registreret nogen beslutninger endnu.</p>
      ) : (
        <ol className="decision-list" aria-label="Beslutninger, nyeste først">
          {decisions.map((decision) => (
            <li key={decision.id} id={decisionAnchor(decision.id)} className="decision" tabIndex={-1}>
              <h3 className="decision__title">
                <Withheld withheld={decision.withheld}>{decision.title}</Withheld>
              </h3>
              {decision.rationale && <p className="decision__rationale">{decision.rationale}</p>}
              {decision.itemIds.length > 0 && (
                <>
                  <p className="meta">Handlinger i udviklingsplanen:</p>
                  <ul>
                    {decision.itemIds.map((id) => (
                      <li key={id}>
                        <a href={`#${planItemAnchor(id)}`}>
                          <Withheld withheld={items.get(id)?.withheld ?? false}>{items.get(id)?.title ?? "Punkt"}</Withheld>
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
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
