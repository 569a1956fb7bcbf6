import type { ReactNode } from "react";
import { barChartSvg, describeBars, type BarDatum } from "@/lib/charts/bar-chart-svg";

export type { BarDatum };

type Props = {
  /** Unique on the page: the SVG's title and description are referenced by id. */
  id: string;
  title: string;
  data: readonly BarDatum[];
  /** Header of the category column of the data table, e.g. "Month". */
  categoryLabel: string;
  /** Header of the value column, e.g. "Incidents". */
  valueLabel: string;
  /** The figures in another table layout than one row per bar (e.g. a MonthGrid). */
  table?: ReactNode;
};

/**
 * A bar chart drawn on the server as inline SVG: it needs no JavaScript, and prints.
 * Screen readers get the title as its name, a one-line summary as its description,
 * and the full figures in the table under it.
 */
export function BarChart({ id, title, data, categoryLabel, valueLabel, table }: Props) {
  const summary = describeBars(data);

  return (
    <figure className="space-y-2">
      {/* The SVG is markup built from escaped data (lib/charts/bar-chart-svg.ts). */}
      <div dangerouslySetInnerHTML={{ __html: barChartSvg({ id, title, data, summary }) }} />
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-blue-800">{title}: the figures as a table</summary>
        {table ?? (
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
        )}
      </details>
    </figure>
  );
}
