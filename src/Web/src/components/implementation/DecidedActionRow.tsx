import type { Principle } from "../../api/implementationTypes";
import { IMPLEMENTATION_LIMITS } from "../../api/implementationTypes";
import type { Member } from "../../api/types";
import type { ActionDraft } from "../../implementation/decisionRules";
import { TextInput } from "../Field";
import { DateField } from "./DateField";
import { MemberSelect } from "./MemberSelect";
import { PrincipleCheckboxes } from "./PrincipleCheckboxes";

interface DecidedActionRowProps {
  number: number;
  action: ActionDraft;
  members: Member[];
  principles: Principle[];
  onChange(action: ActionDraft): void;
  onRemove(): void;
  titleRef(element: HTMLInputElement | null): void;
  principleRef(element: HTMLInputElement | null): void;
}

/** One action a decision creates: it becomes an activity in the plan, linked back to the decision. */
export function DecidedActionRow({ number, action, members, principles, onChange, onRemove, titleRef, principleRef }: DecidedActionRowProps) {
  return (
    <fieldset className="action-row">
      <legend>Handling {number}</legend>
      <TextInput
        label="Handling"
        inputRef={titleRef}
        value={action.title}
        maxLength={IMPLEMENTATION_LIMITS.title}
        onChange={(title) => onChange({ ...action, title })}
      />
      <PrincipleCheckboxes
        principles={principles}
        value={action.principles}
        onChange={(p) => onChange({ ...action, principles: p })}
        firstRef={principleRef}
      />
      <div className="form__row">
        <MemberSelect label="Ansvarlig" members={members} value={action.ownerId} onChange={(ownerId) => onChange({ ...action, ownerId })} />
        <DateField label="Frist" value={action.due} onChange={(due) => onChange({ ...action, due })} />
      </div>
      <button type="button" className="button button--quiet button--small" onClick={onRemove}>
        Fjern handling {number}
      </button>
    </fieldset>
  );
}
