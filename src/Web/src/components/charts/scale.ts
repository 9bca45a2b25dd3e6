/** Pure geometry shared by the charts, so it can be tested without a DOM. */

/** Maps [0, max] onto [0, length]; values outside are clamped so a bad figure cannot draw outside the chart. */
export function linear(max: number, length: number): (value: number) => number {
  const top = max > 0 ? max : 1;
  return (value) => (Math.min(Math.max(value, 0), top) / top) * length;
}

/** A round upper bound for a value axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(largest: number): number {
  if (!(largest > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 5, 10].find((m) => m * power >= largest) ?? 10;
  return step * power;
}

/** Evenly spaced ticks from 0 to max, inclusive; `count` intervals. */
export function ticks(max: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/** The largest finite value across series, or 0. */
export function largestValue(series: readonly ChartSeries[]): number {
  return Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v))));
}

/** One named row of values, one per category; null where there is no figure. */
export type ChartSeries = { name: string; values: readonly (number | null)[] };
