import { useId } from "react";
import type { GroupProgress, TopicProgress } from "../../api/nationalProgress";
import { rolesText } from "../../console/consoleFormat";
import { principleShortTitles } from "../../labels";
import { ActionCountsText } from "./ActionCountsText";

const kindLabels = { STEERING: "Styregruppe", IMPLEMENTATION: "Implementeringsgruppe" } as const;

/** A group's make-up by role and its actions by prerequisite or principle: counts only. */
export function GroupProgressSection({ group }: { group: GroupProgress }) {
  const headingId = useId();
  return (
    <section className="panel group-progress" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.name}
        {group.name !== kindLabels[group.kind] && <span className="meta"> ({kindLabels[group.kind]})</span>}
      </h3>
      <dl className="facts">
        <div>
          <dt>Medlemmer</dt>
          <dd>{group.members}</dd>
        </div>
        <div>
          <dt>Roller</dt>
          <dd>{rolesText(group.participants)}</dd>
        </div>
        <div>
          <dt>Handlinger</dt>
          <dd>
            <ActionCountsText actions={group.actions} />
          </dd>
        </div>
        <div>
          <dt>Workshops afholdt</dt>
          <dd>{group.workshopsHeld}</dd>
        </div>
      </dl>
      {group.topics.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="group" aria-label={`Handlinger pr. emne i ${group.name}`}>
          <table className="table console-table">
            <caption className="visually-hidden">Handlinger pr. emne og status i {group.name}</caption>
            <thead>
              <tr>
                <th scope="col">Emne</th>
                <th scope="col">Planlagt</th>
                <th scope="col">I gang</th>
                <th scope="col">Færdig</th>
                <th scope="col">På pause</th>
                <th scope="col">Forsinket</th>
                <th scope="col">I alt</th>
              </tr>
            </thead>
            <tbody>
              {group.topics.map((topic) => (
                <tr key={`${topic.kind}-${topic.number}`}>
                  <th scope="row">{topicTitle(topic)}</th>
                  <td>{topic.actions.planned}</td>
                  <td>{topic.actions.inProgress}</td>
                  <td>{topic.actions.done}</td>
                  <td>{topic.actions.onHold}</td>
                  <td>
                    {topic.actions.overdue > 0 && <span aria-hidden="true">⚠ </span>}
                    {topic.actions.overdue}
                  </td>
                  <td>{topic.actions.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Principles are long sentences on the server; the short name fits a table row. */
function topicTitle(topic: TopicProgress): string {
  const title = topic.kind === "PRINCIPLE" ? (principleShortTitles[topic.number] ?? topic.title) : topic.title;
  return `${topic.kind === "PRINCIPLE" ? "Princip" : "Forudsætning"} ${topic.number}: ${title}`;
}
