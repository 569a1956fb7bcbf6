import {
  DEFAULT_PROVINCE_SORT,
  PROVINCE_SORT_COLUMNS,
  defaultDirection,
  type ProvinceSort,
  type ProvinceSortColumn,
} from "@/lib/provinces/province-table";
import { nextSort, parseTableSort, type SortableTable, type TableSortResult } from "@/lib/validations/table-sort";

// ?sort=<column>&dir=asc|desc on /provinces.

const PROVINCE_TABLE: SortableTable<ProvinceSortColumn> = {
  columns: PROVINCE_SORT_COLUMNS,
  defaultSort: DEFAULT_PROVINCE_SORT,
  defaultDirection,
};

type SearchParams = Record<string, string | string[] | undefined>;

export function parseProvinceSort(params: SearchParams): TableSortResult<ProvinceSortColumn> {
  return parseTableSort(PROVINCE_TABLE, params);
}

/** The link of a column header: the other direction when it is already the sorted column. */
export function sortHref(current: ProvinceSort, column: ProvinceSortColumn): string {
  const next = nextSort(PROVINCE_TABLE, current, column);
  return `/provinces?${new URLSearchParams({ sort: next.column, dir: next.dir }).toString()}`;
}
