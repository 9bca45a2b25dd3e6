import { useId, useRef } from "react";
import { addGroupMember, appointTovholder, refOf, removeGroupMember } from "../../api/implementationMutations";
import type { Member } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { memberName, memberRoleLabels } from "../../labels";
import { AddMemberForm } from "../AddMemberForm";
import { SaveStatus } from "../SaveStatus";
import type { GroupSectionProps } from "./sectionProps";

/** Who is in the group, with the group's own tovholder marked in words; the tovholder and leaders manage it. */
export function GroupMembersSection({ group, afterSave }: GroupSectionProps) {
  const headingId = useId();
  const change = useSave();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ref = refOf(group);

  async function remove(member: Member) {
    if (!window.confirm(`Vil du fjerne ${memberName(member.name)} fra gruppen?`)) return;
    const removed = await change.run(async () => afterSave(await removeGroupMember({ ...ref, personId: member.personId })));
    // The focused button is gone with the member; keep keyboard users in this section.
    if (removed) headingRef.current?.focus();
  }

  function appoint(member: Member) {
    void change.run(async () => afterSave(await appointTovholder({ ...ref, personId: member.personId })));
  }

  async function add(member: { name: string; role: Member["role"]; personId?: string }) {
    await afterSave(await addGroupMember({ ...ref, ...member }));
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Medlemmer
      </h2>
      {group.members.length === 0 ? (
        <p className="empty">Gruppen har ingen medlemmer endnu.</p>
      ) : (
        <ul className="member-list">
          {group.members.map((member) => {
            const name = memberName(member.name);
            const isTovholder = member.personId === group.tovholderId;
            return (
              <li key={member.personId} className="member">
                <span className="member__text">
                  <span className={member.name ? "member__name" : "member__name member__name--hidden"}>{name}</span>
                  <span className="member__role">{memberRoleLabels[member.role] ?? member.role}</span>
                  {isTovholder && <span className="tag">Gruppens tovholder</span>}
                </span>
                {group.canGovern && (
                  <span className="member__actions">
                    {!isTovholder && (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={`Gør ${name} til tovholder`}
                        disabled={change.status === "saving"}
                        onClick={() => appoint(member)}
                      >
                        Gør til tovholder
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={`Fjern ${name}`}
                      disabled={change.status === "saving"}
                      onClick={() => remove(member)}
                    >
                      Fjern
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {group.canGovern && (
        <>
          <SaveStatus save={change} savingText="Gemmer …" savedText="Medlemmerne er opdateret" />
          <AddMemberForm municipalityCode={group.municipalityCode} slug={group.slug} memberIds={group.members.map((m) => m.personId)} onAdd={add} />
        </>
      )}
    </section>
  );
}
