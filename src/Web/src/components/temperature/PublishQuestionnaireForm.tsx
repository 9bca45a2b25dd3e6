import { useState, type FormEvent } from "react";
import { publishQuestionnaire, type Questionnaire } from "../../api/temperature";
import { useSave } from "../../hooks/useSave";
import { prerequisiteTitles } from "../../labels";
import { draftOf, draftProblem, MAX_STATEMENTS, MIN_STATEMENTS, sameWording, STATEMENT_MAX, statementsOf, type Draft } from "../../temperature/questionnaireDraft";
import { Field, FormActions } from "../Field";

/** The next version, drafted from the current wording: edit, add or remove statements, then publish for all municipalities. */
export function PublishQuestionnaireForm({ current, onPublished }: { current: Questionnaire; onPublished(): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(current.statements));
  const save = useSave();

  function edit(prerequisite: number, texts: string[]) {
    setDraft({ ...draft, [prerequisite]: texts });
    save.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = draftProblem(draft, prerequisiteTitles);
    if (problem) return save.fail(problem);
    if (sameWording(draft, current.statements)) return save.fail("Ret mindst ét udsagn, før du udgiver en ny version.");
    if (await save.run(() => publishQuestionnaire(statementsOf(draft)))) onPublished();
  }

  return (
    <form className="form panel" onSubmit={submit} noValidate>
      <h2>Udgiv version {current.version + 1}</h2>
      <p className="hint">Den nye version gælder for alle kommuners nye målinger. Målinger, der allerede er startet, beholder deres version.</p>
      {Object.entries(prerequisiteTitles).map(([key, title]) => {
        const prerequisite = Number(key);
        const texts = draft[prerequisite] ?? [];
        return (
          <fieldset key={key} className="principles">
            <legend>
              {key}. {title}
            </legend>
            {texts.map((text, i) => (
              <Field key={i} label={`Udsagn ${key}.${i + 1}`}>
                {({ id }) => (
                  <textarea id={id} rows={2} value={text} maxLength={STATEMENT_MAX} onChange={(e) => edit(prerequisite, texts.map((t, j) => (j === i ? e.target.value : t)))} />
                )}
              </Field>
            ))}
            <div className="form__actions">
              {texts.length < MAX_STATEMENTS && (
                <button type="button" className="button button--quiet" onClick={() => edit(prerequisite, [...texts, ""])}>
                  Tilføj udsagn<span className="visually-hidden"> under {title}</span>
                </button>
              )}
              {texts.length > MIN_STATEMENTS && (
                <button type="button" className="button button--quiet" onClick={() => edit(prerequisite, texts.slice(0, -1))}>
                  Fjern sidste udsagn<span className="visually-hidden"> under {title}</span>
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <FormActions submitLabel={`Udgiv version ${current.version + 1}`} save={save} />
    </form>
  );
}
