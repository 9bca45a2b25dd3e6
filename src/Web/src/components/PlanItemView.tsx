import { useRef, useState } from "react";
import type { PlanItemFields } from "../api/mutations";
import type { Member, PlanItem } from "../api/types";
import type { StaircaseStep } from "../api/staircase";
import { formatDate } from "../format";
import { aimLabel, encodeAim } from "../staircase/staircaseRules";
import type { ItemHistorySource } from "../hooks/useItemHistory";
import { memberName, planStatusLabels, WITHHELD_TEXT } from "../labels";
import { decisionAnchor, planItemAnchor } from "./implementation/anchors";
import { Withheld } from "./implementation/Withheld";
import { PlanItemForm } from "./PlanItemForm";
import { HistoryToggle } from "./HistoryToggle";

interface PlanItemViewProps {
  item: PlanItem;
  members: Member[];
  canEdit: boolean;
  /** Absent where there is no history to show (a plan shown as of an earlier day). */
  history?: ItemHistorySource;
  steps?: StaircaseStep[];
  onSave(item: PlanItem, fields: PlanItemFields, aim: string): Promise<void>;
  onSaved(): void;
}

export function PlanItemView({ item, members, canEdit, history, steps, onSave, onSaved }: PlanItemViewProps) {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    // The button is rendered again only after this state change.
    requestAnimationFrame(() => editRef.current?.focus());
  }

  return (
    <article className="plan-item" id={planItemAnchor(item.id)} aria-label={item.withheld ? WITHHELD_TEXT : item.title}>
      {editing ? (
        <PlanItemForm
          heading="Redigér punkt"
          members={members}
          initial={item}
          steps={steps}
          initialAim={encodeAim(item.aimFigure ?? null, item.aimStepId ?? null)}
          onSave={(fields, aim) => onSave(item, fields, aim)}
          onSaved={() => {
            close();
            onSaved();
          }}
          onCancel={close}
        />
      ) : (
        <>
          <div className="plan-item__head">
            <h4 className="plan-item__title">
              <Withheld withheld={item.withheld}>{item.title}</Withheld>
            </h4>
            <span className={`badge badge--${item.status.toLowerCase().replace("_", "-")}`}>
              <span className="visually-hidden">Status: </span>
              {planStatusLabels[item.status] ?? item.status}
            </span>
          </div>
          {item.description && <p className="plan-item__description">{item.description}</p>}
          {item.decisionId && (
            <p className="meta">
              <a href={`#${decisionAnchor(item.decisionId)}`}>Fra en beslutning i beslutningsloggen</a>
            </p>
          )}
          {item.aimFigure && (
            <p className="meta">Sigter mod nøgletallet: {aimLabel(item.aimFigure, item.aimStepId ?? null, steps ?? [])}</p>
          )}
          <dl className="plan-item__facts">
            <div>
              <dt>Ansvarlig</dt>
              <dd>{item.ownerId ? memberName(item.ownerName) : "Ingen"}</dd>
            </div>
            <div>
              <dt>Frist</dt>
              <dd>{item.due ? <time dateTime={item.due}>{formatDate(item.due)}</time> : "Ingen frist"}</dd>
            </div>
          </dl>
          {canEdit && (
            <button
              type="button"
              ref={editRef}
              className="button button--quiet button--small"
              aria-label={`Redigér ${item.title}`}
              onClick={() => setEditing(true)}
            >
              Redigér
            </button>
          )}
          {history && <HistoryToggle itemId={item.id} title={item.title} source={history} />}
        </>
      )}
    </article>
  );
}
