import { useState, type FormEvent } from "react";
import { scheduleWorkshop } from "../api/workshopMutations";
import { LIMITS, type Change } from "../api/types";
import { useSave } from "../hooks/useSave";
import { Field, FormActions, TextInput } from "./Field";

interface ScheduleWorkshopFormProps {
  municipalityCode: string;
  afterSave(change: Change): Promise<void>;
}

export function ScheduleWorkshopForm({ municipalityCode, afterSave }: ScheduleWorkshopFormProps) {
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [time, setTime] = useState("09:00");
  const [agenda, setAgenda] = useState("");
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = new Date(`${date}T${time}`);
    if (!title.trim() || Number.isNaN(startsAt.getTime())) {
      save.fail("Skriv en titel, og vælg dato og tidspunkt.");
      return;
    }
    const points = agenda.split("\n").map((p) => p.trim()).filter((p) => p !== "");
    const saved = await save.run(async () => {
      await afterSave(await scheduleWorkshop({ municipalityCode, title: title.trim(), startsAt: startsAt.toISOString(), agenda: points }));
    });
    if (saved) {
      setTitle("");
      setAgenda("");
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Planlæg workshop</h3>
      <TextInput label="Titel på workshop" value={title} maxLength={LIMITS.planTitle} onChange={setTitle} />
      <div className="form__row">
        <Field label="Dato">
          {({ id }) => <input id={id} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />}
        </Field>
        <Field label="Tidspunkt">
          {({ id }) => <input id={id} type="time" value={time} onChange={(e) => setTime(e.target.value)} required />}
        </Field>
      </div>
      <Field label="Dagsorden" hint="Ét punkt pr. linje, højst 30 punkter.">
        {({ id, describedBy }) => (
          <textarea id={id} rows={4} value={agenda} onChange={(e) => setAgenda(e.target.value)} aria-describedby={describedBy} />
        )}
      </Field>
      <FormActions submitLabel="Planlæg workshop" save={save} />
    </form>
  );
}
