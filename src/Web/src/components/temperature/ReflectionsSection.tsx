import { useState, type FormEvent } from "react";
import { reflect, type Reflection, type TemperatureRound } from "../../api/temperature";
import type { Change } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { FormActions, TextArea } from "../Field";

const ANSWER_MAX = 4000;

/** The guide's five reflection questions, answered together after the round; read-only for those who do not govern. */
export function ReflectionsSection({ code, round, canEdit, afterSave }: {
  code: string;
  round: TemperatureRound;
  canEdit: boolean;
  afterSave(change: Change): Promise<void>;
}) {
  return (
    <section className="panel" aria-labelledby="reflections-heading">
      <h2 id="reflections-heading">Refleksion</h2>
      <p className="hint">Drøft resultaterne i styregruppen og implementeringsgrupperne, og skriv jeres svar.</p>
      {round.reflections.map((r) =>
        canEdit ? (
          <ReflectionForm key={r.question} code={code} roundId={round.id} reflection={r} afterSave={afterSave} />
        ) : (
          <div key={r.question} className="reflection">
            <h3>{r.text}</h3>
            <p>{r.answer ?? "Ikke besvaret endnu."}</p>
          </div>
        ),
      )}
    </section>
  );
}

function ReflectionForm({ code, roundId, reflection, afterSave }: {
  code: string;
  roundId: string;
  reflection: Reflection;
  afterSave(change: Change): Promise<void>;
}) {
  const [answer, setAnswer] = useState(reflection.answer ?? "");
  const save = useSave();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save.run(async () => afterSave(await reflect(code, roundId, reflection.question, answer.trim())));
  }

  return (
    <form className="form reflection" onSubmit={submit} noValidate>
      <TextArea label={reflection.text} value={answer} maxLength={ANSWER_MAX} rows={3} onChange={(v) => (setAnswer(v), save.reset())} />
      <FormActions submitLabel="Gem svaret" save={save} />
    </form>
  );
}
