import { useId } from "react";
import { formatDateTime } from "../../format";
import { activityAnchor, decisionAnchor } from "./anchors";
import { GroupDecisionForm } from "./GroupDecisionForm";
import type { PlanSectionProps } from "./sectionProps";
import { Withheld } from "./Withheld";

/** The group's decisions, newest first, each with the actions it put into the plan. */
export function GroupDecisionsSection({ group, principles, afterSave }: PlanSectionProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Beslutninger</h2>
      {group.canEditPlan && <GroupDecisionForm group={group} principles={principles} afterSave={afterSave} />}
      {group.decisions.length === 0 ? (
        <p className="empty">Gruppen har ikke registreret nogen beslutninger endnu.</p>
      ) : (
        <ol className="decision-list" aria-label="Beslutninger, nyeste først">
          {group.decisions.map((decision) => {
            const actions = group.activities.filter((a) => decision.activityIds.includes(a.id));
            return (
              <li key={decision.id} id={decisionAnchor(decision.id)} tabIndex={-1} className="decision">
                <h3 className="decision__title">
                  <Withheld withheld={decision.withheld}>{decision.title}</Withheld>
                </h3>
                {decision.rationale && <p className="decision__rationale">{decision.rationale}</p>}
                {actions.length > 0 && (
                  <>
                    <h4>Handlinger</h4>
                    <ul className="decision__actions">
                      {actions.map((activity) => (
                        <li key={activity.id}>
                          <a href={`#${activityAnchor(activity.id)}`}>
                            <Withheld withheld={activity.withheld}>{activity.title}</Withheld>
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
            );
          })}
        </ol>
      )}
    </section>
  );
}
