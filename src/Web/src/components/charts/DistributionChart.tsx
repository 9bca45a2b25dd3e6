import { ChartFigure, decimal, type ChartProps } from "./ChartFigure";
import { linear, ticks } from "./scale";

const LEFT = 8;
const PLOT_WIDTH = 520;
const VALUE_WIDTH = 180;
const LABEL = 22;
const TRACK = 22;
const GAP = 14;

export interface Distribution {
  label: string;
  /** Our own figure, drawn as a diamond; null: none to show. */
  own: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Why the network's numbers are hidden; drawn instead of the band. */
  hidden: string | null;
}

/**
 * One row per figure: the network's middle half (lower to upper quartile) as a band, its median as
 * a thick line, and our own figure as a diamond, each also written as text at the row's end and in
 * the table, so nothing has to be read off a shape or told apart by colour.
 */
export function DistributionChart(
  props: Omit<ChartProps, "categories" | "series" | "notes"> & { rows: readonly Distribution[]; showsOwn: boolean; max: number },
) {
  const { rows, showsOwn, max, format = decimal } = props;
  const x = linear(max, PLOT_WIDTH);
  const group = LABEL + TRACK + GAP;
  const height = rows.length * group + 28;
  const series = [
    ...(showsOwn ? [{ name: "Jeres tal", values: rows.map((r) => r.own) }] : []),
    { name: "Nedre kvartil", values: rows.map((r) => r.q1) },
    { name: "Median", values: rows.map((r) => r.median) },
    { name: "Øvre kvartil", values: rows.map((r) => r.q3) },
  ];
  return (
    <ChartFigure {...props} categories={rows.map((r) => r.label)} series={series} notes={rows.map((r) => r.hidden)}>
      {(labelledBy) => (
        <>
          <ul className="chart-legend" aria-hidden="true">
            <li>
              <svg width="34" height="12" viewBox="0 0 34 12">
                <rect x="1" y="1" width="32" height="10" className="distribution-band" />
              </svg>
              Midterste halvdel af netværket
            </li>
            <li>
              <svg width="12" height="14" viewBox="0 0 12 14">
                <line x1="6" x2="6" y1="0" y2="14" className="distribution-median" />
              </svg>
              Median
            </li>
            {showsOwn && (
              <li>
                <svg width="14" height="14" viewBox="0 0 14 14">
                  <path d="M7 1L13 7L7 13L1 7Z" className="distribution-own" />
                </svg>
                Jeres tal
              </li>
            )}
          </ul>
          <svg className="chart-drawing" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${LEFT + PLOT_WIDTH + VALUE_WIDTH} ${height}`}>
            {ticks(max, 5).map((t) => (
              <g key={t}>
                <line x1={LEFT + x(t)} x2={LEFT + x(t)} y1={0} y2={height - 22} className="chart-grid" />
                <text x={LEFT + x(t)} y={height - 6} textAnchor="middle" className="chart-tick">
                  {format(t)}
                </text>
              </g>
            ))}
            {rows.map((row, i) => (
              <g key={row.label} transform={`translate(0 ${i * group + GAP / 2})`}>
                <text x={LEFT} y={LABEL - 7} className="chart-label">
                  {row.label}
                </text>
                {row.hidden === null && row.q1 !== null && row.q3 !== null && row.median !== null ? (
                  <>
                    <rect x={LEFT + x(row.q1)} y={LABEL + 3} width={Math.max(x(row.q3) - x(row.q1), 2)} height={TRACK - 6} className="distribution-band" />
                    <line x1={LEFT + x(row.median)} x2={LEFT + x(row.median)} y1={LABEL} y2={LABEL + TRACK} className="distribution-median" />
                  </>
                ) : (
                  // On the half of the track away from our own diamond, so the two never overlap.
                  <text x={LEFT + (row.own !== null && showsOwn && x(row.own) < PLOT_WIDTH / 2 ? PLOT_WIDTH / 2 + 8 : 4)} y={LABEL + TRACK - 6} className="chart-value">
                    {row.hidden ?? "Ingen tal"}
                  </text>
                )}
                {showsOwn && row.own !== null && (
                  <path
                    d={`M${LEFT + x(row.own)} ${LABEL + 2}l7 9l-7 9l-7 -9Z`}
                    className="distribution-own"
                  />
                )}
                <text x={LEFT + PLOT_WIDTH + 10} y={LABEL + TRACK - 6} className="chart-value">
                  {[showsOwn && row.own !== null ? `Jeres ${format(row.own)}` : null, row.median !== null ? `median ${format(row.median)}` : null]
                    .filter(Boolean)
                    .join(" · ")}
                </text>
              </g>
            ))}
          </svg>
        </>
      )}
    </ChartFigure>
  );
}
