import { labelEvery, layoutBars, yOf } from "@/lib/charts/bar-scale";

export type BarDatum = { label: string; value: number };

type Props = {
  /** Unique on the page: the SVG's title and description are referenced by id. */
  id: string;
  title: string;
  data: readonly BarDatum[];
  /** Header of the category column of the data table, e.g. "Month". */
  categoryLabel: string;
  /** Header of the value column, e.g. "Incidents". */
  valueLabel: string;
};

const WIDTH = 720;
const HEIGHT = 250;
const PLOT = { left: 40, top: 16, width: WIDTH - 52, height: HEIGHT - 56 };

/**
 * A bar chart drawn on the server as inline SVG: it needs no JavaScript, and prints.
 * Screen readers get the title as its name, a one-line summary as its description,
 * and the full figures in the table under it.
 */
export function BarChart({ id, title, data, categoryLabel, valueLabel }: Props) {
  const layout = layoutBars(
    data.map((d) => d.value),
    PLOT,
  );
  // Month labels are about 55 units wide at this size: more than eight would touch.
  const every = labelEvery(data.length, 8);
  const total = data.reduce((n, d) => n + d.value, 0);
  const peak = data.reduce<BarDatum | undefined>((best, d) => (best === undefined || d.value > best.value ? d : best), undefined);
  const summary =
    data.length === 0
      ? "No data."
      : `${total} in all from ${data[0]!.label} to ${data[data.length - 1]!.label}` +
        (peak && peak.value > 0 ? `; the most, ${peak.value}, in ${peak.label}.` : ".");
  const showValues = data.length <= 24;

  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-3xl text-slate-700"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {layout.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PLOT.left}
              x2={PLOT.left + PLOT.width}
              y1={yOf(layout, tick)}
              y2={yOf(layout, tick)}
              stroke="currentColor"
              strokeOpacity={tick === 0 ? 0.8 : 0.15}
            />
            <text x={PLOT.left - 6} y={yOf(layout, tick) + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {tick}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, i) => {
          const datum = data[i]!;
          return (
            <g key={datum.label}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="fill-blue-800">
                <title>{`${datum.label}: ${datum.value}`}</title>
              </rect>
              {showValues && datum.value > 0 ? (
                <text x={bar.x + bar.width / 2} y={bar.y - 4} textAnchor="middle" fontSize="11" fill="currentColor">
                  {datum.value}
                </text>
              ) : null}
              {i % every === 0 ? (
                <text
                  x={bar.x + bar.width / 2}
                  y={PLOT.top + PLOT.height + 18}
                  textAnchor="middle"
                  fontSize="11"
                  fill="currentColor"
                >
                  {datum.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-blue-800">{title}: the figures as a table</summary>
        <table className="mt-2 divide-y divide-slate-200 text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-3 py-1 font-semibold">
                {categoryLabel}
              </th>
              <th scope="col" className="px-3 py-1 text-right font-semibold">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row" className="px-3 py-1 font-normal">
                  {d.label}
                </th>
                <td className="px-3 py-1 text-right tabular-nums">{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
