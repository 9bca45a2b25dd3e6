import type { Activity, Principle, TrialAction } from "../../api/implementationTypes";
import { formatDate } from "../../format";
import { memberName, WITHHELD_TEXT } from "../../labels";
import { activityAnchor, trialAnchor } from "./anchors";
import { PromoteTrialForm } from "./PromoteTrialForm";
import { TrialLearningForm } from "./TrialLearningForm";
import { Withheld } from "./Withheld";

interface TrialActionViewProps {
  trial: TrialAction;
  /** The activity it became, once promoted. */
  activity: Activity | undefined;
  principles: Principle[];
  canEdit: boolean;
  onLearning(learning: string): Promise<void>;
  onPromote(principles: number[]): Promise<void>;
}

export function TrialActionView({ trial, activity, principles, canEdit, onLearning, onPromote }: TrialActionViewProps) {
  const name = trial.withheld ? WITHHELD_TEXT : trial.trial;
  return (
    <article className="plan-item" aria-label={name} id={trialAnchor(trial.id)} tabIndex={-1}>
      <h3 className="plan-item__title">
        <Withheld withheld={trial.withheld}>{trial.trial}</Withheld>
      </h3>
      <dl className="plan-item__facts plan-item__facts--stacked">
        <div>
          <dt>Hypotese</dt>
          <dd className="prose">
            <Withheld withheld={trial.withheld}>{trial.hypothesis}</Withheld>
          </dd>
        </div>
        <div>
          <dt>Hvem</dt>
          <dd>{trial.ownerId ? memberName(trial.ownerName) : "Ingen"}</dd>
        </div>
        <div>
          <dt>Indtil</dt>
          <dd>{trial.until ? <time dateTime={trial.until}>{formatDate(trial.until)}</time> : "Ingen dato"}</dd>
        </div>
        {(trial.learning || trial.withheld) && (
          <div>
            <dt>Hvad lærte vi</dt>
            <dd className="prose">
              <Withheld withheld={trial.withheld}>{trial.learning}</Withheld>
            </dd>
          </div>
        )}
      </dl>
      {trial.promotedTo && (
        <p className="meta">
          Blev til aktiviteten{" "}
          <a href={`#${activityAnchor(trial.promotedTo)}`}>
            {activity ? <Withheld withheld={activity.withheld}>{activity.title}</Withheld> : "i planen"}
          </a>
        </p>
      )}
      {canEdit && <TrialLearningForm trialName={name} learning={trial.learning} onSave={onLearning} />}
      {canEdit && !trial.promotedTo && <PromoteTrialForm trialName={name} principles={principles} onPromote={onPromote} />}
    </article>
  );
}
