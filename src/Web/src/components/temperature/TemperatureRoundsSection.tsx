import { useCallback, useId, useState } from "react";
import { fetchRounds, type TemperatureRoundSummary } from "../../api/temperature";
import { formatDateTime } from "../../format";
import { useFetched } from "../../hooks/useFetched";
import { temperatureRoundPath } from "../../router";
import { ErrorMessage } from "../ErrorMessage";
import { Link } from "../Link";
import { Loading } from "../Loading";
import { OpenRoundForm } from "./OpenRoundForm";
import { TemperatureTrend } from "./TemperatureTrend";

/** The municipality's temperature rounds: the list, the trend across closed rounds, and a new round for those who govern. */
export function TemperatureRoundsSection({ code, canOpen }: { code: string; canOpen: boolean }) {
  const headingId = useId();
  const fetch = useCallback(() => fetchRounds(code), [code]);
  const [rounds, reload] = useFetched(code, fetch);
  const [opening, setOpening] = useState(false);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Temperaturmålinger</h2>
      <p className="hint">
        En temperaturmåling spørger udvalgte respondenter, hvor langt kommunen er med de otte organisatoriske forudsætninger (0–5, hvor 5 er
        bedst).
      </p>
      {rounds.status === "loading" && <Loading text="Henter målinger …" />}
      {rounds.status === "error" && <ErrorMessage onRetry={reload}>{rounds.message}</ErrorMessage>}
      {rounds.status === "ready" && (
        <>
          {rounds.value.length === 0 ? <p>Der er ingen temperaturmålinger endnu.</p> : <RoundList code={code} rounds={rounds.value} />}
          <TemperatureTrend rounds={rounds.value} />
        </>
      )}
      {canOpen &&
        (opening ? (
          <OpenRoundForm code={code} onCancel={() => setOpening(false)} />
        ) : (
          <button type="button" className="button" onClick={() => setOpening(true)}>
            Start en ny temperaturmåling
          </button>
        ))}
    </section>
  );
}

function RoundList({ code, rounds }: { code: string; rounds: TemperatureRoundSummary[] }) {
  return (
    <ul className="round-list">
      {rounds.map((round) => (
        <li key={round.id}>
          <Link to={temperatureRoundPath(code, round.id)}>{round.title}</Link>{" "}
          {round.youAreRespondent && !round.closedAt && <strong className="badge">Du er valgt til at svare</strong>}{" "}
          <span className="hint">
            {round.closedAt ? `lukket ${formatDateTime(round.closedAt)}` : `åben siden ${formatDateTime(round.openedAt)}`} · spørgeskema version{" "}
            {round.questionnaireVersion}
          </span>
        </li>
      ))}
    </ul>
  );
}
