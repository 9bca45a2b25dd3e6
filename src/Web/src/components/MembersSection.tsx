import { useId, useRef } from "react";
import { addMember, removeMember } from "../api/mutations";
import type { Change, Member } from "../api/types";
import { useSave } from "../hooks/useSave";
import { memberName, memberRoleLabels } from "../labels";
import { AddMemberForm } from "./AddMemberForm";
import { SaveStatus } from "./SaveStatus";

interface MembersSectionProps {
  municipalityCode: string;
  members: Member[];
  canGovern: boolean;
  afterSave(change: Change): Promise<void>;
}

export function MembersSection({ municipalityCode, members, canGovern, afterSave }: MembersSectionProps) {
  const headingId = useId();
  const removal = useSave();
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function remove(member: Member) {
    const name = memberName(member.name);
    if (!window.confirm(`Vil du fjerne ${name} fra styregruppen?`)) return;
    const removed = await removal.run(async () => {
      const change = await removeMember({ municipalityCode, personId: member.personId });
      await afterSave(change);
    });
    // The focused button is gone with the member; keep keyboard users in this section.
    if (removed) headingRef.current?.focus();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Medlemmer
      </h2>
      {members.length === 0 ? (
        <p className="empty">Styregruppen har ingen medlemmer endnu.</p>
      ) : (
        <ul className="member-list">
          {members.map((member) => (
            <li key={member.personId} className="member">
              <span className="member__text">
                <span className={member.name ? "member__name" : "member__name member__name--hidden"}>
                  {memberName(member.name)}
                </span>
                <span className="member__role">{memberRoleLabels[member.role] ?? member.role}</span>
              </span>
              {canGovern && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`Fjern ${memberName(member.name)}`}
                  disabled={removal.status === "saving"}
                  onClick={() => remove(member)}
                >
                  Fjern
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canGovern && (
        <>
          <SaveStatus save={removal} savingText="Fjerner …" savedText="Medlemmet er fjernet" />
          <AddMemberForm
            municipalityCode={municipalityCode}
            memberIds={members.map((m) => m.personId)}
            onAdd={async (member) => afterSave(await addMember({ municipalityCode, ...member }))}
          />
        </>
      )}
    </section>
  );
}
