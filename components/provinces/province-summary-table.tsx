import Link from "next/link";
import {
  PROVINCE_COLUMN_LABELS,
  PROVINCE_SORT_COLUMNS,
  type CountryGroup,
  type ProvinceFigures,
  type ProvinceSort,
  type ProvinceSortColumn,
} from "@/lib/provinces/province-table";
import { sortHref } from "@/lib/validations/province-sort";
import { SortHeader } from "@/components/ui/sort-header";

const FIGURES: { column: Exclude<ProvinceSortColumn, "name">; key: keyof ProvinceFigures }[] = [
  { column: "incidents", key: "incidents" },
  { column: "killed", key: "killed" },
  { column: "injured", key: "injured" },
  { column: "newly_laid", key: "newlyLaid" },
  { column: "protested", key: "protested" },
  { column: "overdue", key: "overdue" },
];

const cell = "px-3 py-2";
const number = "px-3 py-2 text-right tabular-nums";

/** Provinces grouped by country, sortable through links in the column headers (no JavaScript). */
export function ProvinceSummaryTable({
  groups,
  totals,
  sort,
}: {
  groups: CountryGroup[];
  totals: ProvinceFigures;
  sort: ProvinceSort;
}) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">
          Provinces with incidents, by country, sorted by {PROVINCE_COLUMN_LABELS[sort.column].toLowerCase()}{" "}
          {sort.dir === "asc" ? "ascending" : "descending"}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {PROVINCE_SORT_COLUMNS.map((column) => (
              <SortHeader
                key={column}
                label={PROVINCE_COLUMN_LABELS[column]}
                href={sortHref(sort, column)}
                sorted={sort.column === column ? sort.dir : undefined}
                className={`${column === "name" ? cell : number} font-semibold`}
              />
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.countryCode} className="divide-y divide-slate-200">
            <tr className="bg-slate-50">
              <th scope="colgroup" colSpan={FIGURES.length + 1} className={`${cell} font-semibold`}>
                {group.countryName} ({group.countryCode})
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.provinceCode}>
                <th scope="row" className={`${cell} font-medium`}>
                  <Link href={`/provinces/${row.provinceCode}`} className="text-blue-800 underline underline-offset-2">
                    {row.provinceName}
                  </Link>{" "}
                  <span className="font-normal text-slate-600">({row.provinceCode})</span>
                </th>
                {FIGURES.map(({ key }) => (
                  <td key={key} className={number}>
                    {row[key].toLocaleString("en")}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className={cell}>
                Total, {group.countryName}
              </th>
              {FIGURES.map(({ key }) => (
                <td key={key} className={number}>
                  {group.totals[key].toLocaleString("en")}
                </td>
              ))}
            </tr>
          </tbody>
        ))}
        <tfoot className="border-t-2 border-slate-400 bg-slate-100">
          <tr className="font-bold">
            <th scope="row" className={cell}>
              Total, all countries
            </th>
            {FIGURES.map(({ key }) => (
              <td key={key} className={number}>
                {totals[key].toLocaleString("en")}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
