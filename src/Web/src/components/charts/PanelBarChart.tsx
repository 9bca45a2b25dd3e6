import { ChartFigure, decimal, type ChartProps } from "./ChartFigure";
import { largestValue, linear, niceMax } from "./scale";

const LABEL_WIDTH = 300;
const PANEL = 128;
const BAR_AREA = 68;
const ROW = 26;
const HEAD = 26;

/**
 * One panel per series side by side (a quarter each), the same rows in every panel (the steps)
 * and one scale for all, so a row can be compared across panels by length. A panel is told by its
 * heading, not its colour, and every bar has its value written beside it.
 */
export function PanelBarChart(props: ChartProps) {
  const { categories, series, format = decimal } = props;
  const max = props.max ?? niceMax(largestValue(series));
  const x = linear(max, BAR_AREA);
  const width = LABEL_WIDTH + series.length * PANEL;
  const height = HEAD + categories.length * ROW + 4;
  return (
    <ChartFigure {...props}>
      {(labelledBy) => (
        <div className="chart-scroll">
          <svg className="chart-drawing chart-drawing--wide" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${width} ${height}`}>
            {categories.map((category, row) => (
              <text key={category} x={LABEL_WIDTH - 8} y={HEAD + row * ROW + ROW / 2 + 4} textAnchor="end" className="chart-label">
                {category}
              </text>
            ))}
            {series.map((s, panel) => {
              const left = LABEL_WIDTH + panel * PANEL;
              return (
                <g key={s.name}>
                  <text x={left + 2} y={16} className="chart-label chart-label--head">
                    {s.name}
                  </text>
                  <line x1={left} x2={left} y1={HEAD - 4} y2={height} className="chart-grid" />
                  {s.values.map((value, row) => {
                    const y = HEAD + row * ROW;
                    if (value === null || value === undefined)
                      return (
                        <text key={row} x={left + 4} y={y + ROW / 2 + 4} className="chart-value">
                          –
                        </text>
                      );
                    return (
                      <g key={row}>
                        <rect x={left} y={y + 5} width={Math.max(x(value), 1)} height={ROW - 10} className="chart-bar">
                          <title>{`${categories[row]}, ${s.name}: ${format(value)}`}</title>
                        </rect>
                        <text x={left + x(value) + 4} y={y + ROW / 2 + 4} className="chart-value">
                          {format(value)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </div>
      )}
    </ChartFigure>
  );
}
