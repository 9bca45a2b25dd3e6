import { useId, type ReactNode } from "react";
import type { ChartSeries } from "./scale";

export type ChartProps = {
  /** The chart's caption, also its accessible name. */
  title: string;
  /** One or two sentences saying what the chart shows, read by screen readers instead of the drawing. */
  summary: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** The top of the value axis; computed from the data when left out. */
  max?: number;
  format?: (value: number) => string;
  /** Heading of the table's first column (what the categories are). */
  categoryLabel: string;
  /** A last table column "Bemærkning", one entry per category, e.g. why a row has no numbers. */
  notes?: readonly (string | null)[];
};

export const decimal = (value: number) => value.toLocaleString("da-DK", { maximumFractionDigits: 1 });

/**
 * Every chart is a figure whose drawing has a text alternative and whose numbers are a table a
 * click away: nobody has to read values off a shape or tell series apart by colour.
 */
export function ChartFigure({ title, summary, categories, series, format = decimal, categoryLabel, notes, children }: ChartProps & {
  children: (labelledBy: string) => ReactNode;
}) {
  const id = useId();
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      {children(`${id}-title ${id}-summary`)}
      <details className="chart-table">
        <summary>Vis tallene som tabel</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryLabel}</th>
                {series.map((s) => (
                  <th scope="col" key={s.name}>
                    {s.name}
                  </th>
                ))}
                {notes && <th scope="col">Bemærkning</th>}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, row) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => {
                    const value = s.values[row];
                    return <td key={s.name}>{value === null || value === undefined ? "–" : format(value)}</td>;
                  })}
                  {notes && <td>{notes[row] ?? ""}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Line and marker styles that differ in shape and dash as well as colour. */
export const SERIES_STYLES = [
  { colour: "var(--primary)", dash: "", marker: "circle" },
  { colour: "#9a4a00", dash: "6 4", marker: "square" },
  { colour: "#5b3f8c", dash: "2 3", marker: "diamond" },
  { colour: "#3d5a1e", dash: "10 3 2 3", marker: "triangle" },
] as const;

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

export function Marker({ x, y, index }: { x: number; y: number; index: number }) {
  const { colour, marker } = seriesStyle(index);
  const r = 4.5;
  if (marker === "circle") return <circle cx={x} cy={y} r={r} fill={colour} />;
  if (marker === "square") return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} />;
  if (marker === "diamond") return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`} fill={colour} />;
  return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`} fill={colour} />;
}

/** A legend drawn with the same markers and dashes as the lines or bars. */
export function Legend({ series }: { series: readonly ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.name}>
          <svg width="34" height="12" viewBox="0 0 34 12">
            <line x1="1" y1="6" x2="33" y2="6" stroke={seriesStyle(i).colour} strokeWidth="2.5" strokeDasharray={seriesStyle(i).dash} />
            <Marker x={17} y={6} index={i} />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
