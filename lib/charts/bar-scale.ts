// Geometry of a vertical bar chart, kept apart from the SVG markup so it can be tested.

export type Bar = { x: number; y: number; width: number; height: number };

export type BarLayout = { bars: Bar[]; max: number; ticks: number[]; plot: Plot };

export type Plot = { left: number; top: number; width: number; height: number };

/**
 * The smallest 1, 2 or 5 × 10^k at or above `value` (at least 1), so the axis ends on
 * a round number and a single incident does not fill the whole height.
 */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Axis values from 0 to max: whole numbers (counts of incidents) on the smallest 1, 2 or
 * 5 × 10^k step that gives at most `count` intervals, so no two labels crowd each other.
 */
export function ticksFor(max: number, count = 5): number[] {
  let step = 1;
  for (let power = 1; max / step > count; power *= 10) {
    step = [1, 2, 5, 10].map((s) => s * power).find((s) => max / s <= count) ?? 10 * power;
  }
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
}

/** Bars for `values` inside `plot`, each `gap` (0–1) of its slot left empty. Zero draws nothing. */
export function layoutBars(values: readonly number[], plot: Plot, gap = 0.2): BarLayout {
  const max = niceMax(Math.max(0, ...values));
  const slot = values.length ? plot.width / values.length : 0;
  const width = slot * (1 - gap);
  const bars = values.map((value, i) => {
    const height = (Math.max(0, value) / max) * plot.height;
    return { x: plot.left + i * slot + (slot - width) / 2, y: plot.top + plot.height - height, width, height };
  });
  return { bars, max, ticks: ticksFor(max), plot };
}

/** The y of a value on the axis of `layout`. */
export function yOf(layout: BarLayout, value: number): number {
  return layout.plot.top + layout.plot.height - (value / layout.max) * layout.plot.height;
}

/** Print every n-th of `count` labels, so that at most `room` of them appear. */
export function labelEvery(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, room)));
}
