import { useRef, useState } from "react";
import type { ActivityFields } from "../../api/implementationMutations";
import type { Activity, GroupDecision, Principle, TrialAction } from "../../api/implementationTypes";
import type { StaircaseStep } from "../../api/staircase";
import type { Member } from "../../api/types";
import type { ItemHistorySource } from "../../hooks/useItemHistory";
import { draftOf } from "../../implementation/activityRules";
import { planStatusLabels, WITHHELD_TEXT } from "../../labels";
import { ActivityFacts } from "./ActivityFacts";
import { ActivityForm } from "./ActivityForm";
import { activityAnchor } from "./anchors";
import { FollowUps } from "./FollowUps";
import { HistoryToggle } from "../HistoryToggle";
import { Withheld } from "./Withheld";

interface ActivityViewProps {
  activity: Activity;
  decision: GroupDecision | undefined;
  trial: TrialAction | undefined;
  members: Member[];
  principles: Principle[];
  canEdit: boolean;
  /** Absent for people outside the municipality, who may not read history. */
  history?: ItemHistorySource;
  steps: StaircaseStep[];
  onEdit(fields: ActivityFields, aim: string): Promise<void>;
  onFollowUp(note: string): Promise<void>;
}

export function ActivityView({ activity, decision, trial, members, principles, steps, canEdit, history, onEdit, onFollowUp }: ActivityViewProps) {
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
          steps={steps}
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
      <ActivityFacts activity={activity} decision={decision} trial={trial} steps={steps} />
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
      {history && <HistoryToggle itemId={activity.id} title={title} source={history} />}
      <FollowUps activity={activity} title={title} canAdd={canEdit} onAdd={onFollowUp} />
    </article>
  );
}
