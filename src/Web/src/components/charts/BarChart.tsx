import { ChartFigure, decimal, Legend, seriesStyle, type ChartProps } from "./ChartFigure";
import { largestValue, linear, niceMax, ticks } from "./scale";

const LABEL_WIDTH = 230;
const PLOT_WIDTH = 360;
const VALUE_WIDTH = 60;
const BAR = 18;
const GAP = 14;

/**
 * Horizontal bars, one group per category and one bar per series, each bar with its value written
 * at its end: long Danish category names fit on the left and nothing depends on colour alone.
 */
export function BarChart(props: ChartProps) {
  const { categories, series, format = decimal } = props;
  const max = props.max ?? niceMax(largestValue(series));
  const x = linear(max, PLOT_WIDTH);
  const group = series.length * BAR + GAP;
  const height = categories.length * group + 28;
  return (
    <ChartFigure {...props}>
      {(labelledBy) => (
        <>
          <Legend series={series} />
          <svg className="chart-drawing" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH} ${height}`}>
            {ticks(max, 5).map((t) => (
              <g key={t}>
                <line x1={LABEL_WIDTH + x(t)} x2={LABEL_WIDTH + x(t)} y1={0} y2={height - 22} className="chart-grid" />
                <text x={LABEL_WIDTH + x(t)} y={height - 6} textAnchor="middle" className="chart-tick">
                  {format(t)}
                </text>
              </g>
            ))}
            {categories.map((category, row) => (
              <g key={category} transform={`translate(0 ${row * group + GAP / 2})`}>
                <text x={LABEL_WIDTH - 8} y={(series.length * BAR) / 2 + 5} textAnchor="end" className="chart-label">
                  {category}
                </text>
                {series.map((s, i) => {
                  const value = s.values[row];
                  const y = i * BAR;
                  if (value === null || value === undefined) {
                    return (
                      <text key={s.name} x={LABEL_WIDTH + 4} y={y + BAR - 5} className="chart-value">
                        ingen tal
                      </text>
                    );
                  }
                  return (
                    <g key={s.name}>
                      <rect x={LABEL_WIDTH} y={y + 2} width={Math.max(x(value), 1)} height={BAR - 4} fill={seriesStyle(i).colour}>
                        <title>{`${s.name}: ${format(value)}`}</title>
                      </rect>
                      <text x={LABEL_WIDTH + x(value) + 6} y={y + BAR - 5} className="chart-value">
                        {format(value)}
                      </text>
                    </g>
                  );
                })}
              </g>
            ))}
          </svg>
        </>
      )}
    </ChartFigure>
  );
}
