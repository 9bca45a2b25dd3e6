import { useRef, useState } from "react";
import type { ActivityFields } from "../../api/implementationMutations";
import type { Activity, GroupDecision, Principle, TrialAction } from "../../api/implementationTypes";
import type { Member } from "../../api/types";
import { formatDate } from "../../format";
import { draftOf } from "../../implementation/activityRules";
import { memberName, planStatusLabels, principleShortTitles, WITHHELD_TEXT } from "../../labels";
import { ActivityForm } from "./ActivityForm";
import { activityAnchor, decisionAnchor, trialAnchor } from "./anchors";
import { FollowUps } from "./FollowUps";
import { Withheld } from "./Withheld";

interface ActivityViewProps {
  activity: Activity;
  decision: GroupDecision | undefined;
  trial: TrialAction | undefined;
  members: Member[];
  principles: Principle[];
  canEdit: boolean;
  onEdit(fields: ActivityFields): Promise<void>;
  onFollowUp(note: string): Promise<void>;
}

export function ActivityView({ activity, decision, trial, members, principles, canEdit, onEdit, onFollowUp }: ActivityViewProps) {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const title = activity.withheld ? WITHHELD_TEXT : activity.title;

  function close() {
    setEditing(false);
    // The button is rendered again only after this state change.
    requestAnimationFrame(() => editRef.current?.focus());
  }

  if (editing) {
    return (
      <article className="plan-item" aria-label={title}>
        <ActivityForm
          heading={`Redigér ${title}`}
          members={members}
          principles={principles}
          initial={{ ...draftOf(activity), ownerName: activity.ownerName }}
          onSave={onEdit}
          onSaved={close}
          onCancel={close}
        />
      </article>
    );
  }

  return (
    <article className="plan-item" aria-label={title} id={activityAnchor(activity.id)} tabIndex={-1}>
      <div className="plan-item__head">
        <h3 className="plan-item__title"><Withheld withheld={activity.withheld}>{activity.title}</Withheld></h3>
        <span className={`badge badge--${activity.status.toLowerCase().replace("_", "-")}`}>
          <span className="visually-hidden">Status: </span>
          {planStatusLabels[activity.status] ?? activity.status}
        </span>
      </div>
      {activity.description && <p className="plan-item__description">{activity.description}</p>}
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
      {canEdit && (
        <button
          type="button"
          ref={editRef}
          className="button button--quiet button--small"
          aria-label={`Redigér ${title}`}
          onClick={() => setEditing(true)}
        >
          Redigér
        </button>
      )}
      <FollowUps activity={activity} title={title} canAdd={canEdit} onAdd={onFollowUp} />
    </article>
  );
}
