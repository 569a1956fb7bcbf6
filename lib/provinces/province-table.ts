// The /provinces index: one row per province, grouped by country, with totals.
// Pure, so the sorting and the sums are unit-tested without a database.

import type { SortDirection, TableSort } from "@/lib/validations/table-sort";

export type ProvinceFigures = {
  incidents: number;
  killed: number;
  injured: number;
  newlyLaid: number;
  protested: number;
  overdue: number;
};

export type ProvinceRow = ProvinceFigures & {
  provinceCode: string;
  provinceName: string;
  countryCode: string;
  countryName: string;
};

export type CountryGroup = { countryCode: string; countryName: string; rows: ProvinceRow[]; totals: ProvinceFigures };

export const PROVINCE_SORT_COLUMNS = ["name", "incidents", "killed", "injured", "newly_laid", "protested", "overdue"] as const;
export type ProvinceSortColumn = (typeof PROVINCE_SORT_COLUMNS)[number];
export type ProvinceSort = TableSort<ProvinceSortColumn>;

export const PROVINCE_COLUMN_LABELS: Record<ProvinceSortColumn, string> = {
  name: "Province",
  incidents: "Incidents",
  killed: "Killed",
  injured: "Injured",
  newly_laid: "Newly laid",
  protested: "Protested",
  overdue: "Overdue",
};

const FIGURE_OF: Record<Exclude<ProvinceSortColumn, "name">, keyof ProvinceFigures> = {
  incidents: "incidents",
  killed: "killed",
  injured: "injured",
  newly_laid: "newlyLaid",
  protested: "protested",
  overdue: "overdue",
};

export const DEFAULT_PROVINCE_SORT: ProvinceSort = { column: "incidents", dir: "desc" };

/** Names read A→Z first, figures largest first: the order a first click most likely wants. */
export function defaultDirection(column: ProvinceSortColumn): SortDirection {
  return column === "name" ? "asc" : "desc";
}

export function sumFigures(rows: readonly ProvinceFigures[]): ProvinceFigures {
  const totals: ProvinceFigures = { incidents: 0, killed: 0, injured: 0, newlyLaid: 0, protested: 0, overdue: 0 };
  for (const row of rows) for (const key of Object.keys(totals) as (keyof ProvinceFigures)[]) totals[key] += row[key];
  return totals;
}

/** Rows in the requested order; ties fall back to the province name, so the order is stable. */
export function sortProvinceRows(rows: readonly ProvinceRow[], sort: ProvinceSort): ProvinceRow[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  const byName = (a: ProvinceRow, b: ProvinceRow) => a.provinceName.localeCompare(b.provinceName, "en");
  return [...rows].sort((a, b) => {
    if (sort.column === "name") return sign * byName(a, b);
    const key = FIGURE_OF[sort.column];
    return sign * (a[key] - b[key]) || byName(a, b);
  });
}

/** Countries A→Z by name, each with its provinces in the requested order and its totals. */
export function groupByCountry(rows: readonly ProvinceRow[], sort: ProvinceSort): CountryGroup[] {
  const groups = new Map<string, ProvinceRow[]>();
  for (const row of rows) groups.set(row.countryCode, [...(groups.get(row.countryCode) ?? []), row]);
  return [...groups.values()]
    .map((members) => ({
      countryCode: members[0]!.countryCode,
      countryName: members[0]!.countryName,
      rows: sortProvinceRows(members, sort),
      totals: sumFigures(members),
    }))
    .sort((a, b) => a.countryName.localeCompare(b.countryName, "en"));
}
