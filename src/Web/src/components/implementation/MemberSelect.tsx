import type { Member } from "../../api/types";
import { memberName, memberRoleLabels } from "../../labels";
import { Field } from "../Field";

interface MemberSelectProps {
  label: string;
  members: Member[];
  value: string;
  onChange(personId: string): void;
  /** An owner who has since left the group stays selectable, so saving does not silently clear them. */
  former?: { personId: string | null; name: string | null };
}

export function MemberSelect({ label, members, value, onChange, former }: MemberSelectProps) {
  const formerMissing = former?.personId && !members.some((m) => m.personId === former.personId);
  return (
    <Field label={label}>
      {({ id }) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Ingen</option>
          {members.map((m) => (
            <option key={m.personId} value={m.personId}>
              {memberName(m.name)} ({memberRoleLabels[m.role]})
            </option>
          ))}
          {formerMissing && former.personId && <option value={former.personId}>{memberName(former.name)}</option>}
        </select>
      )}
    </Field>
  );
}
