import type { AimedActivity, StaircaseStep } from "../../api/staircase";
import { planStatusLabels, WITHHELD_TEXT } from "../../labels";
import { groupPath, municipalityPath } from "../../router";
import { aimLabel } from "../../staircase/staircaseRules";
import { activityAnchor, planItemAnchor } from "../implementation/anchors";
import { Link } from "../Link";

interface AimedActivitiesProps {
  code: string;
  activities: AimedActivity[];
  steps: StaircaseStep[];
  /** Says which step, for figures that can name one. */
  showAim?: boolean;
}

/**
 * "Handlinger, der sigter mod dette tal": the implementation activities and development-plan items
 * beside the figure they expect to move, each linking to where it is kept.
 */
export function AimedActivities({ code, activities, steps, showAim = false }: AimedActivitiesProps) {
  return (
    <div className="aimed-activities">
      <h4>Handlinger, der sigter mod dette tal</h4>
      {activities.length === 0 ? (
        <p className="empty">Ingen handlinger i implementeringsplanerne sigter mod dette tal endnu.</p>
      ) : (
        <ul>
          {activities.map((a) => (
            <li key={`${a.groupSlug}/${a.activityId}`}>
              <Link to={a.groupSlug ? `${groupPath(code, a.groupSlug)}#${activityAnchor(a.activityId)}` : `${municipalityPath(code)}#${planItemAnchor(a.activityId)}`}>
                {a.withheld ? WITHHELD_TEXT : a.title}
              </Link>{" "}
              <span className="meta">
                ({a.groupName}, {planStatusLabels[a.status].toLowerCase()}
                {showAim ? `; sigter mod: ${aimLabel(a.figure, a.stepId, steps)}` : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
