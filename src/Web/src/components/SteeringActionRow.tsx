import { LIMITS, type Member } from "../api/types";
import { prerequisiteTitles } from "../labels";
import { Field, TextInput } from "./Field";
import { DateField } from "./implementation/DateField";
import { MemberSelect } from "./implementation/MemberSelect";

export interface SteeringActionDraft {
  key: number;
  title: string;
  prerequisite: number;
  ownerId: string;
  due: string;
}

interface SteeringActionRowProps {
  number: number;
  action: SteeringActionDraft;
  members: Member[];
  onChange(action: SteeringActionDraft): void;
  onRemove(): void;
  titleRef(element: HTMLInputElement | null): void;
}

/** One plan item a steering decision creates, under one of the eight prerequisites. */
export function SteeringActionRow({ number, action, members, onChange, onRemove, titleRef }: SteeringActionRowProps) {
  return (
    <fieldset className="action-row">
      <legend>Handling {number}</legend>
      <TextInput label="Handling" inputRef={titleRef} value={action.title} maxLength={LIMITS.planTitle} onChange={(title) => onChange({ ...action, title })} />
      <Field label="Forudsætning">
        {({ id }) => (
          <select id={id} value={action.prerequisite} onChange={(e) => onChange({ ...action, prerequisite: Number(e.target.value) })}>
            {Object.entries(prerequisiteTitles).map(([number, title]) => (
              <option key={number} value={number}>
                {number}. {title}
              </option>
            ))}
          </select>
        )}
      </Field>
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
