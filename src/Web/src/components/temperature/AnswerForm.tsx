import { useState, type FormEvent } from "react";
import { answerRound, type TemperatureRound } from "../../api/temperature";
import type { Change } from "../../api/types";
import { useSave } from "../../hooks/useSave";
import { prerequisiteTitles } from "../../labels";
import { FormActions } from "../Field";

const SCORES = [0, 1, 2, 3, 4, 5] as const;

/**
 * The respondent's own answers, one row of six large buttons per statement. Statements may be
 * left out; sending again replaces the earlier answers until the round is closed.
 */
export function AnswerForm({ code, round, afterSave }: { code: string; round: TemperatureRound; afterSave(change: Change): Promise<void> }) {
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries((round.yourAnswers ?? []).map((a) => [a.statement, a.score])),
  );
  const save = useSave();
  const statements = round.questionnaire?.statements ?? [];
  const answered = statements.filter((s) => scores[s.id] !== undefined).length;
  const prerequisites = [...new Set(statements.map((s) => s.prerequisite))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (answered === 0) {
      save.fail("Vælg et tal ved mindst ét udsagn.");
      return;
    }
    const answers = Object.entries(scores).map(([statement, score]) => ({ statement, score }));
    await save.run(async () => afterSave(await answerRound(code, round.id, answers)));
  }

  return (
    <form className="form answer-form" onSubmit={submit} noValidate>
      <h2>Dine svar</h2>
      <p>
        Sæt et tal ved hvert udsagn: <strong>0</strong> betyder slet ikke, <strong>5</strong> betyder i høj grad. Spring et udsagn over, hvis du
        ikke kan svare. Kun du ser dine egne svar; de andre ser kun gennemsnittene, når målingen er lukket.
      </p>
      {prerequisites.map((prerequisite) => (
        <section key={prerequisite} className="answer-form__group">
          <h3>
            {prerequisite}. {prerequisiteTitles[prerequisite]}
          </h3>
          {statements
            .filter((s) => s.prerequisite === prerequisite)
            .map((statement) => (
              <fieldset key={statement.id} className="score-row">
                <legend>{statement.text}</legend>
                <div className="score-row__choices">
                  {SCORES.map((score) => (
                    <label key={score} className="score-row__choice">
                      <input
                        type="radio"
                        name={`score-${statement.id}`}
                        value={score}
                        checked={scores[statement.id] === score}
                        onChange={() => {
                          setScores({ ...scores, [statement.id]: score });
                          save.reset();
                        }}
                      />
                      <span>{score}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
        </section>
      ))}
      <p role="status" className="hint">
        Du har svaret på {answered} af {statements.length} udsagn.
      </p>
      <FormActions submitLabel={round.yourAnswers ? "Opdatér mine svar" : "Send mine svar"} save={save} />
    </form>
  );
}
