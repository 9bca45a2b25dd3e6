import { useId, useRef, useState, type FormEvent } from "react";
import { LIMITS, type MemberRole } from "../api/types";
import { useSave } from "../hooks/useSave";
import { memberRoleLabels, memberRoles } from "../labels";
import { FormActions, TextInput } from "./Field";

interface AddMemberFormProps {
  /** Sends the mutation and refetches; throws on failure so the input is kept. */
  onAdd(member: { name: string; role: MemberRole }): Promise<void>;
}

/** Steering and implementation groups add members the same way; the caller says which group. */
export function AddMemberForm({ onAdd }: AddMemberFormProps) {
  const id = useId();
  const [name, setName] = useState("");
  const [role, setRole] = useState<MemberRole | "">("");
  const save = useSave();
  const nameRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      save.fail("Skriv medlemmets navn.");
      nameRef.current?.focus();
      return;
    }
    if (!role) {
      save.fail("Vælg medlemmets rolle.");
      roleRef.current?.focus();
      return;
    }
    const saved = await save.run(() => onAdd({ name: trimmed, role }));
    if (saved) {
      setName("");
      setRole("");
    }
  }

  function edited() {
    if (save.status !== "saving") save.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>Tilføj medlem</h3>
      <div className="form__row">
        <TextInput
          label="Navn"
          inputRef={nameRef}
          value={name}
          maxLength={LIMITS.memberName}
          onChange={(v) => {
            setName(v);
            edited();
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-role`}>Rolle</label>
          <select
            id={`${id}-role`}
            ref={roleRef}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as MemberRole | "");
              edited();
            }}
            required
          >
            <option value="">Vælg rolle</option>
            {memberRoles.map((r) => (
              <option key={r} value={r}>
                {memberRoleLabels[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormActions submitLabel="Tilføj medlem" save={save} />
    </form>
  );
}
