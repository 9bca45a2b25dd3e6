import { ChartFigure, decimal, Legend, Marker, seriesStyle, type ChartProps } from "./ChartFigure";
import { largestValue, linear, niceMax, ticks } from "./scale";

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 48;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 40;
/** A generous average width of a 12 px tick label's character, in drawing units. */
const CHAR_WIDTH = 7;

/**
 * Trends across periods: one line per series with its own marker shape and dash, the periods on
 * the horizontal axis. A gap in a series (no figure for a period) breaks the line rather than
 * drawing a slope that was never measured.
 */
export function LineChart(props: ChartProps) {
  const { categories, series, format = decimal } = props;
  const max = props.max ?? niceMax(largestValue(series));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = linear(max, plotHeight);
  const step = categories.length > 1 ? (WIDTH - LEFT - RIGHT) / (categories.length - 1) : 0;
  const px = (i: number) => LEFT + (categories.length > 1 ? i * step : (WIDTH - LEFT - RIGHT) / 2);
  const py = (v: number) => TOP + plotHeight - y(v);
  const every = labelEvery(categories, step);
  return (
    <ChartFigure {...props}>
      {(labelledBy) => (
        <>
          <Legend series={series} />
          <svg className="chart-drawing" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
            {ticks(max, 5).map((t) => (
              <g key={t}>
                <line x1={LEFT} x2={WIDTH - RIGHT} y1={py(t)} y2={py(t)} className="chart-grid" />
                <text x={LEFT - 8} y={py(t) + 4} textAnchor="end" className="chart-tick">
                  {format(t)}
                </text>
              </g>
            ))}
            {categories.map((category, i) =>
              (categories.length - 1 - i) % every === 0 ? (
                <text key={category} x={px(i)} y={HEIGHT - 14} textAnchor={anchor(i, categories.length)} className="chart-tick">
                  {category}
                </text>
              ) : null,
            )}
            {series.map((s, index) => (
              <g key={s.name}>
                {segments(s.values).map((segment) => (
                  <polyline
                    key={segment[0]}
                    points={segment.map((i) => `${px(i)},${py(s.values[i]!)}`).join(" ")}
                    fill="none"
                    stroke={seriesStyle(index).colour}
                    strokeWidth="2.5"
                    strokeDasharray={seriesStyle(index).dash}
                  />
                ))}
                {s.values.map((v, i) =>
                  v === null ? null : (
                    <g key={i}>
                      <Marker x={px(i)} y={py(v)} index={index} />
                      <title>{`${s.name}, ${categories[i]}: ${format(v)}`}</title>
                    </g>
                  ),
                )}
              </g>
            ))}
          </svg>
        </>
      )}
    </ChartFigure>
  );
}

/** The outermost labels lean inwards so a long period name is not cut at the chart's edge. */
function anchor(index: number, count: number): "start" | "middle" | "end" {
  if (count < 2) return "middle";
  return index === 0 ? "start" : index === count - 1 ? "end" : "middle";
}

/**
 * Label every n-th period, counted back from the latest, when all labels would run into each other;
 * the table under the chart names every period. The outermost labels lean inwards, so they need
 * half a label more room than the ones between.
 */
export function labelEvery(categories: readonly string[], step: number): number {
  if (categories.length < 2 || step <= 0) return 1;
  const widest = Math.max(...categories.map((c) => c.length)) * CHAR_WIDTH;
  return Math.max(1, Math.ceil((1.5 * widest) / step));
}

/** Runs of consecutive indexes that have a value. */
export function segments(values: readonly (number | null)[]): number[][] {
  const runs: number[][] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  });
  return runs;
}
