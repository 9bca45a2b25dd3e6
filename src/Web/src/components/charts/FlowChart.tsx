import { useId } from "react";
import { ChartFigure, decimal } from "./ChartFigure";

export interface FlowNode {
  id: string;
  name: string;
}

export interface Flow {
  from: string;
  to: string;
  value: number;
}

interface FlowChartProps {
  title: string;
  summary: string;
  /** Drawn top to bottom in this order. */
  nodes: readonly FlowNode[];
  flows: readonly Flow[];
  /** Whether a flow goes the hoped-for way; those are drawn solid, the others dashed. */
  isHoped(flow: Flow): boolean;
  hopedLabel: string;
  otherLabel: string;
  format?: (value: number) => string;
}

const LABEL_WIDTH = 300;
const ROW = 30;
const ARC_AREA = 300;

/**
 * Movements between ordered places (steps of a staircase) as arrows beside the list: each arrow's
 * width grows with its count, which is written on it, and its dash tells the direction, so nothing
 * rests on colour. The table lists every movement with its direction in words.
 */
export function FlowChart({ title, summary, nodes, flows, isHoped, hopedLabel, otherLabel, format = decimal }: FlowChartProps) {
  const marker = `flow-arrow-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const row = new Map(nodes.map((n, i) => [n.id, i]));
  const name = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const drawn = flows.filter((f) => row.has(f.from) && row.has(f.to) && f.from !== f.to);
  const max = Math.max(1, ...drawn.map((f) => f.value));
  const height = nodes.length * ROW + 10;
  const y = (id: string) => row.get(id)! * ROW + ROW / 2 + 5;
  const label = (f: Flow) => `${name(f.from)} → ${name(f.to)} (${isHoped(f) ? hopedLabel : otherLabel})`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      categories={drawn.map(label)}
      series={[{ name: "Borgere", values: drawn.map((f) => f.value) }]}
      categoryLabel="Bevægelse"
      format={format}
    >
      {(labelledBy) => (
        <>
          <p className="chart-key" aria-hidden="true">
            Hel pil: {hopedLabel}. Stiplet pil: {otherLabel}.
          </p>
          <svg className="chart-drawing" role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${LABEL_WIDTH + ARC_AREA} ${height}`}>
            <defs>
              <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
                <path d="M0 0L10 5L0 10Z" className="chart-flow-head" />
              </marker>
            </defs>
            {nodes.map((n, i) => (
              <g key={n.id}>
                <text x={LABEL_WIDTH - 12} y={i * ROW + ROW / 2 + 9} textAnchor="end" className="chart-label">
                  {n.name}
                </text>
                <circle cx={LABEL_WIDTH - 2} cy={i * ROW + ROW / 2 + 5} r="4" className="chart-flow-node" />
              </g>
            ))}
            {drawn.map((f) => {
              const [y1, y2] = [y(f.from), y(f.to)];
              // The other direction bends further out, so two arrows between the same steps never share a label.
              const reach = 30 + (Math.abs(y2 - y1) / (height || 1)) * (ARC_AREA - 140) + (isHoped(f) ? 0 : 50);
              const width = 1.5 + (7 * f.value) / max;
              return (
                <g key={`${f.from}-${f.to}`}>
                  <path
                    d={`M${LABEL_WIDTH + 4} ${y1} C${LABEL_WIDTH + reach} ${y1}, ${LABEL_WIDTH + reach} ${y2}, ${LABEL_WIDTH + 8} ${y2}`}
                    fill="none"
                    className="chart-flow"
                    strokeWidth={width}
                    strokeDasharray={isHoped(f) ? undefined : "7 5"}
                    markerEnd={`url(#${marker})`}
                  >
                    <title>{`${label(f)}: ${format(f.value)}`}</title>
                  </path>
                  <text x={LABEL_WIDTH + reach * 0.75 + 6} y={(y1 + y2) / 2 + 4} className="chart-value">
                    {format(f.value)}
                  </text>
                </g>
              );
            })}
          </svg>
        </>
      )}
    </ChartFigure>
  );
}
