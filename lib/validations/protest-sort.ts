import { nextSort, parseTableSort, type SortableTable, type TableSort, type TableSortResult } from "@/lib/validations/table-sort";

// ?sort=<column>&dir=asc|desc on /protests. The columns are named as in protests.csv.

export const PROTEST_SORT_COLUMNS = ["sent_on", "response_due_on", "status"] as const;
export type ProtestSortColumn = (typeof PROTEST_SORT_COLUMNS)[number];
export type ProtestSort = TableSort<ProtestSortColumn>;

export const PROTEST_TABLE: SortableTable<ProtestSortColumn> = {
  columns: PROTEST_SORT_COLUMNS,
  defaultSort: { column: "sent_on", dir: "desc" },
  // Latest sent first; the nearest deadline first; statuses in the order a step moves through them.
  defaultDirection: (column) => (column === "sent_on" ? "desc" : "asc"),
};

type SearchParams = Record<string, string | string[] | undefined>;

export function parseProtestSort(params: SearchParams): TableSortResult<ProtestSortColumn> {
  return parseTableSort(PROTEST_TABLE, params);
}

export function isDefaultProtestSort(sort: ProtestSort): boolean {
  return sort.column === PROTEST_TABLE.defaultSort.column && sort.dir === PROTEST_TABLE.defaultSort.dir;
}

export function nextProtestSort(current: ProtestSort, column: ProtestSortColumn): ProtestSort {
  return nextSort(PROTEST_TABLE, current, column);
}
