import { useId, useRef, useState, type FormEvent } from "react";
import { fetchPeople } from "../api/people";
import { LIMITS, type MemberRole } from "../api/types";
import { useFetched } from "../hooks/useFetched";
import { useSave } from "../hooks/useSave";
import { memberRoleLabels, memberRoles } from "../labels";
import { FormActions, TextInput } from "./Field";

interface AddMemberFormProps {
  municipalityCode: string;
  /** The implementation group being added to; absent for the steering group. */
  slug?: string;
  /** Person ids already in the group: they are not offered again. */
  memberIds: string[];
  /** Sends the mutation and refetches; throws on failure so the input is kept. */
  onAdd(member: { name: string; role: MemberRole; personId?: string }): Promise<void>;
}

/** Steering and implementation groups add members the same way; the caller says which group. */
export function AddMemberForm({ municipalityCode, slug, memberIds, onAdd }: AddMemberFormProps) {
  const id = useId();
  const [known] = useFetched(`${municipalityCode}/${slug ?? ""}`, () => fetchPeople(municipalityCode, slug));
  const candidates = known.status === "ready" ? known.value.filter((p) => !memberIds.includes(p.personId)) : [];
  const [personId, setPersonId] = useState("");
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
    const saved = await save.run(() => onAdd({ name: trimmed, role, ...(personId ? { personId } : {}) }));
    if (saved) {
      setPersonId("");
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
      {candidates.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-known`}>Kendt person i kommunen</label>
          <p className="hint" id={`${id}-known-hint`}>
            Vælg en, der allerede er med i en gruppe, så vedkommende kan redigere, når hun eller han logger ind. Eller skriv et nyt navn.
          </p>
          <select
            id={`${id}-known`}
            aria-describedby={`${id}-known-hint`}
            value={personId}
            onChange={(e) => {
              setPersonId(e.target.value);
              setName(candidates.find((p) => p.personId === e.target.value)?.name ?? "");
              edited();
            }}
          >
            <option value="">Ny person</option>
            {candidates.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form__row">
        <TextInput
          label="Navn"
          inputRef={nameRef}
          value={name}
          maxLength={LIMITS.memberName}
          onChange={(v) => {
            setName(v);
            // A changed name is a new person: the directory's id belongs to the name it was picked with.
            setPersonId("");
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
