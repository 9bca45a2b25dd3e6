import { useId } from "react";
import { ChartFigure, decimal, seriesStyle, type ChartProps } from "./ChartFigure";
import type { ChartSeries } from "./scale";
import { linear, niceMax, ticks } from "./scale";

const LABEL_WIDTH = 230;
const PLOT_WIDTH = 360;
const VALUE_WIDTH = 40;
const BAR = 22;
const GAP = 12;

/** Fills that differ in pattern as well as colour: solid, hatched, dotted, cross-hatched. */
const PATTERNS = ["solid", "hatch", "dots", "cross"] as const;

export interface Segment {
  series: number;
  start: number;
  value: number;
}

/** Where each series' part of one category's bar starts; empty and missing parts take no room. */
export function stack(series: readonly ChartSeries[], row: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  series.forEach((s, index) => {
    const value = s.values[row];
    if (value === null || value === undefined || !(value > 0)) return;
    segments.push({ series: index, start, value });
    start += value;
  });
  return segments;
}

/** The longest bar: the sum of a category's parts. */
export function largestTotal(series: readonly ChartSeries[], categories: number): number {
  return Math.max(0, ...Array.from({ length: categories }, (_, row) => stack(series, row).reduce((sum, s) => sum + s.value, 0)));
}

/**
 * Horizontal bars whose parts add up, one bar per category: each part has its own pattern as well
 * as colour, its count written inside when it fits, and the legend shows the same patterns.
 */
export function StackedBarChart(props: ChartProps) {
  const { categories, series, format = decimal } = props;
  const id = useId().replace(/:/g, "");
  const max = props.max ?? niceMax(largestTotal(series, categories.length));
  const x = linear(max, PLOT_WIDTH);
  const height = categories.length * (BAR + GAP) + 28;
  const fill = (index: number) => (PATTERNS[index % PATTERNS.length] === "solid" ? seriesStyle(index).colour : `url(#${id}-p${index})`);
  return (
    <ChartFigure {...props}>
      {(labelledBy) => (
        <>
          <ul className="chart-legend" aria-hidden="true">
            {series.map((s, i) => (
              <li key={s.name}>
                <svg width="22" height="14" viewBox="0 0 22 14">
                  <Patterns id={id} count={series.length} />
                  <rect x="1" y="1" width="20" height="12" fill={fill(i)} stroke={seriesStyle(i).colour} />
                </svg>
                {s.name}
              </li>
            ))}
          </ul>
          <svg className="chart-drawing" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH} ${height}`}>
            <Patterns id={id} count={series.length} />
            {ticks(max, Math.min(5, Math.max(1, Math.round(max)))).map((t) => (
              <g key={t}>
                <line x1={LABEL_WIDTH + x(t)} x2={LABEL_WIDTH + x(t)} y1={0} y2={height - 22} className="chart-grid" />
                <text x={LABEL_WIDTH + x(t)} y={height - 6} textAnchor="middle" className="chart-tick">
                  {format(t)}
                </text>
              </g>
            ))}
            {categories.map((category, row) => {
              const parts = stack(series, row);
              const total = parts.reduce((sum, s) => sum + s.value, 0);
              return (
                <g key={category} transform={`translate(0 ${row * (BAR + GAP) + GAP / 2})`}>
                  <text x={LABEL_WIDTH - 8} y={BAR / 2 + 5} textAnchor="end" className="chart-label">
                    {category}
                  </text>
                  {parts.length === 0 && (
                    <text x={LABEL_WIDTH + 4} y={BAR / 2 + 5} className="chart-value">
                      ingen tal
                    </text>
                  )}
                  {parts.map((part) => (
                    <g key={part.series}>
                      <rect
                        x={LABEL_WIDTH + x(part.start)}
                        y={1}
                        width={Math.max(x(part.start + part.value) - x(part.start), 1)}
                        height={BAR - 2}
                        fill={fill(part.series)}
                        stroke={seriesStyle(part.series).colour}
                      >
                        <title>{`${series[part.series]!.name}: ${format(part.value)}`}</title>
                      </rect>
                      {x(part.value) >= 22 && (
                        <text
                          x={LABEL_WIDTH + x(part.start) + x(part.value) / 2}
                          y={BAR / 2 + 5}
                          textAnchor="middle"
                          className={`chart-value ${PATTERNS[part.series % PATTERNS.length] === "solid" ? "chart-value--on-solid" : "chart-value--inside"}`}
                        >
                          {format(part.value)}
                        </text>
                      )}
                    </g>
                  ))}
                  {total > 0 && (
                    <text x={LABEL_WIDTH + x(total) + 6} y={BAR / 2 + 5} className="chart-value">
                      {format(total)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </>
      )}
    </ChartFigure>
  );
}

function Patterns({ id, count }: { id: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const colour = seriesStyle(i).colour;
        const kind = PATTERNS[i % PATTERNS.length];
        if (kind === "solid") return null;
        return (
          <pattern key={i} id={`${id}-p${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#fff" />
            {kind === "hatch" && <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke={colour} strokeWidth="2" />}
            {kind === "dots" && <circle cx="4" cy="4" r="1.8" fill={colour} />}
            {kind === "cross" && <path d="M0 0L8 8M8 0L0 8" stroke={colour} strokeWidth="1.5" />}
          </pattern>
        );
      })}
    </defs>
  );
}
