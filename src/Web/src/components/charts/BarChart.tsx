import { ChartFigure, decimal, Legend, seriesStyle, type ChartProps } from "./ChartFigure";
import { largestValue, linear, niceMax, ticks } from "./scale";

const LEFT = 8;
const PLOT_WIDTH = 560;
const VALUE_WIDTH = 60;
const LABEL = 22;
const BAR = 18;
const GAP = 12;

/**
 * Horizontal bars, one group per category and one bar per series, each bar with its value written
 * at its end. The category's name sits on its own line above its bars, so long Danish names are
 * never cut, and nothing depends on colour alone.
 */
export function BarChart(props: ChartProps) {
  const { categories, series, format = decimal } = props;
  const max = props.max ?? niceMax(largestValue(series));
  const x = linear(max, PLOT_WIDTH);
  const group = LABEL + series.length * BAR + GAP;
  const height = categories.length * group + 28;
  return (
    <ChartFigure {...props}>
      {(labelledBy) => (
        <>
          <Legend series={series} />
          <svg className="chart-drawing" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${LEFT + PLOT_WIDTH + VALUE_WIDTH} ${height}`}>
            {ticks(max, 5).map((t) => (
              <g key={t}>
                <line x1={LEFT + x(t)} x2={LEFT + x(t)} y1={0} y2={height - 22} className="chart-grid" />
                <text x={LEFT + x(t)} y={height - 6} textAnchor="middle" className="chart-tick">
                  {format(t)}
                </text>
              </g>
            ))}
            {categories.map((category, row) => (
              <g key={category} transform={`translate(0 ${row * group + GAP / 2})`}>
                <text x={LEFT} y={LABEL - 7} className="chart-label">
                  {category}
                </text>
                {series.map((s, i) => {
                  const value = s.values[row];
                  const y = LABEL + i * BAR;
                  if (value === null || value === undefined) {
                    return (
                      <text key={s.name} x={LEFT + 4} y={y + BAR - 5} className="chart-value">
                        ingen tal
                      </text>
                    );
                  }
                  return (
                    <g key={s.name}>
                      <rect x={LEFT} y={y + 2} width={Math.max(x(value), 1)} height={BAR - 4} fill={seriesStyle(i).colour}>
                        <title>{`${s.name}: ${format(value)}`}</title>
                      </rect>
                      <text x={LEFT + x(value) + 6} y={y + BAR - 5} className="chart-value">
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
