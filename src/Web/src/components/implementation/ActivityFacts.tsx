import type { Activity, GroupDecision, TrialAction } from "../../api/implementationTypes";
import type { StaircaseStep } from "../../api/staircase";
import { formatDate } from "../../format";
import { aimLabel } from "../../staircase/staircaseRules";
import { memberName, principleShortTitles } from "../../labels";
import { decisionAnchor, trialAnchor } from "./anchors";
import { Withheld } from "./Withheld";

interface ActivityFactsProps {
  activity: Activity;
  decision: GroupDecision | undefined;
  trial: TrialAction | undefined;
  steps: StaircaseStep[];
}

/** Principles, owner and dates, and where the activity came from: a decision or a trial action. */
export function ActivityFacts({ activity, decision, trial, steps }: ActivityFactsProps) {
  return (
    <>
      <dl className="plan-item__facts">
        <div>
          <dt>Principper</dt>
          <dd>
            <ul className="principle-tags">
              {activity.principles.map((n) => (
                <li key={n} className="tag">
                  {n}. {principleShortTitles[n]}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Ansvarlig</dt>
          <dd>{activity.ownerId ? memberName(activity.ownerName) : "Ingen"}</dd>
        </div>
        <div>
          <dt>Start</dt>
          <dd>{activity.starts ? <time dateTime={activity.starts}>{formatDate(activity.starts)}</time> : "Ikke sat"}</dd>
        </div>
        <div>
          <dt>Frist</dt>
          <dd>{activity.due ? <time dateTime={activity.due}>{formatDate(activity.due)}</time> : "Ingen frist"}</dd>
        </div>
      </dl>
      {activity.aimFigure && (
        <p className="meta">
          Sigter mod nøgletallet: {aimLabel(activity.aimFigure, activity.aimStepId, steps)}
        </p>
      )}
      {decision && (
        <p className="meta">
          Fra beslutning:{" "}
          <a href={`#${decisionAnchor(decision.id)}`}>
            <Withheld withheld={decision.withheld}>{decision.title}</Withheld>
          </a>
        </p>
      )}
      {trial && (
        <p className="meta">
          Fra prøvehandling:{" "}
          <a href={`#${trialAnchor(trial.id)}`}>
            <Withheld withheld={trial.withheld}>{trial.trial}</Withheld>
          </a>
        </p>
      )}
    </>
  );
}
