import type { Instrument } from "../../api/citizenMeasures";

const plainWords: Record<string, string> = {
  who5: "Hvordan har du haft det de sidste to uger?",
  "brief-inspire-o": "Hvordan går det med dit liv lige nu?",
};

/** Two large buttons: which questionnaire to fill in. */
export function InstrumentPicker({ instruments, onPick }: { instruments: Instrument[]; onPick(instrument: Instrument): void }) {
  return (
    <div className="measure-form__choices">
      {instruments.map((instrument) => (
        <button key={instrument.id} type="button" className="choice" onClick={() => onPick(instrument)}>
          <span>
            {plainWords[instrument.id] ?? instrument.name}
            <span className="choice__detail">{instrument.name} · 5 udsagn</span>
          </span>
        </button>
      ))}
    </div>
  );
}
