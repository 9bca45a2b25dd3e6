import { useEffect, useState } from "react";
import { fetchAggregates, periodLabel, type Instrument, type PeriodAggregate } from "../../api/citizenMeasures";
import { messageOf } from "../../api/errors";
import { decimal } from "../charts/ChartFigure";
import { LineChart } from "../charts/LineChart";
import { ErrorMessage } from "../ErrorMessage";
import { Loading } from "../Loading";

export const TOO_FEW = "for få besvarelser";

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);

/** The municipality's figures for one instrument per quarter; a quarter with under five citizens shows no numbers. */
export function AggregateSection({ code, instrument }: { code: string; instrument: Instrument }) {
  const [rows, setRows] = useState<PeriodAggregate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetchAggregates(code, instrument.id).then(
      (r) => active && setRows(r),
      (e: unknown) => active && setError(messageOf(e)),
    );
    return () => {
      active = false;
    };
  }, [code, instrument.id]);

  if (error) return <ErrorMessage>{error}</ErrorMessage>;
  if (rows === null) return <Loading />;
  const chronological = [...rows].reverse();
  return (
    <section className="panel" aria-labelledby={`aggregate-${instrument.id}`}>
      <h3 id={`aggregate-${instrument.id}`}>{instrument.name}</h3>
      {rows.length === 0 ? (
        <p>Ingen besvarelser endnu.</p>
      ) : (
        <>
          <LineChart title={`${instrument.name}: gennemsnit pr. kvartal`}
            summary={`Borgernes gennemsnitlige score fra 0 til 100. Kvartaler med under 5 borgere vises ikke (${TOO_FEW}).`}
            categories={chronological.map((r) => periodLabel(r.period))}
            series={[{ name: "Gennemsnit", values: chronological.map((r) => r.mean) }]} max={100} categoryLabel="Kvartal" />
          <div className="table-wrap">
            <table className="table">
              <caption>{instrument.name} pr. kvartal</caption>
              <thead>
                <tr>
                  <th scope="col">Kvartal</th>
                  <th scope="col">Borgere</th>
                  <th scope="col">Gennemsnit</th>
                  <th scope="col">Over {instrument.cutOff}</th>
                  <th scope="col">Forbedret mindst {instrument.relevantChange} point</th>
                  <th scope="col">Forværret mindst {instrument.relevantChange} point</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.period}>
                    <th scope="row">{periodLabel(r.period)}</th>
                    {r.suppressed ? (
                      <td colSpan={5}>{TOO_FEW}</td>
                    ) : (
                      <>
                        <td>{r.citizens}</td>
                        <td>{r.mean === null ? "–" : decimal(r.mean)}</td>
                        <td>{percent(r.shareAboveCutOff)}</td>
                        <td>{percent(r.shareWithRelevantChange)}</td>
                        <td>{percent(r.shareWithRelevantWorsening)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
