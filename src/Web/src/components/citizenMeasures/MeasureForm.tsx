import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Instrument } from "../../api/citizenMeasures";
import { useSave } from "../../hooks/useSave";
import { SaveStatus } from "../SaveStatus";

interface MeasureFormProps {
  instrument: Instrument;
  /** Shown on the last screen above the save button, e.g. staff's "on the citizen's behalf". */
  extra?: ReactNode;
  onSubmit(answers: (number | null)[]): Promise<void>;
  onDone(): void;
}

/**
 * One statement per screen with large answer buttons, then a last look before saving. A statement
 * can be skipped; the form is then saved but not scored, and the last screen says so first.
 */
export function MeasureForm({ instrument, extra, onSubmit, onDone }: MeasureFormProps) {
  const count = instrument.items.length;
  const [answers, setAnswers] = useState<(number | null)[]>(() => instrument.items.map(() => null));
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const save = useSave();

  // Each new screen is announced from its statement, and the keyboard starts there.
  useEffect(() => heading.current?.focus(), [step]);

  function choose(value: number | null) {
    setAnswers((current) => current.map((a, i) => (i === step ? value : a)));
    setStep((s) => s + 1);
  }

  async function submit() {
    if (await save.run(() => onSubmit(answers))) onDone();
  }

  if (step < count) {
    return (
      <div className="measure-form">
        <p className="measure-form__progress">
          Udsagn {step + 1} af {count}
        </p>
        <h3 ref={heading} tabIndex={-1} className="measure-form__statement" id="measure-statement">
          {instrument.items[step]}
        </h3>
        <div className="measure-form__choices" role="group" aria-labelledby="measure-statement">
          {instrument.options.map((option) => (
            <button key={option.value} type="button" className="choice" aria-pressed={answers[step] === option.value}
              onClick={() => choose(option.value)}>
              {option.label}
            </button>
          ))}
        </div>
        <div className="measure-form__nav">
          <button type="button" className="button button--quiet" disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
            Forrige
          </button>
          <button type="button" className="button button--quiet" onClick={() => choose(null)}>
            Spring over
          </button>
        </div>
      </div>
    );
  }

  const missing = answers.filter((a) => a === null).length;
  return (
    <div className="measure-form">
      <h3 ref={heading} tabIndex={-1}>
        Dine svar
      </h3>
      <ol className="measure-form__review">
        {instrument.items.map((item, i) => (
          <li key={item}>
            <span>{item}: </span>
            <strong>{instrument.options.find((o) => o.value === answers[i])?.label ?? "Ikke besvaret"}</strong>{" "}
            <button type="button" className="button button--quiet button--small" onClick={() => setStep(i)}>
              Ret<span className="visually-hidden"> svar på udsagn {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {missing > 0 && (
        <p className="message">
          {missing} udsagn er ikke besvaret. Svarene bliver gemt, men der bliver ikke regnet en score, når et udsagn mangler.
        </p>
      )}
      {extra}
      <div className="form__actions">
        <button type="button" className="button choice--save" disabled={save.status === "saving"} onClick={() => void submit()}>
          Gem svar
        </button>
        <SaveStatus save={save} savedText="Dine svar er gemt" />
      </div>
    </div>
  );
}
