import { MONTH_ABBREVIATIONS, monthsByYear, type MonthCount } from "@/lib/charts/months";

/** Counts per month as a table of years (rows) by months (columns): the text form of a long month chart. */
export function MonthGrid({ caption, months }: { caption: string; months: readonly MonthCount[] }) {
  return (
    <table className="mt-2 text-left tabular-nums [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_th]:px-2 [&_th]:py-1">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {MONTH_ABBREVIATIONS.map((m) => (
            <th key={m} scope="col" className="text-right">
              {m}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {monthsByYear(months).map(({ year, counts }) => (
          <tr key={year}>
            <th scope="row" className="font-normal">
              {year}
            </th>
            {counts.map((count, i) => (
              <td key={i}>{count ?? ""}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
