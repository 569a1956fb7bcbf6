import type { SortDirection } from "@/lib/validations/table-sort";

// ?sort=<column>&dir=asc|desc on /incidents and its CSV export.

export const INCIDENT_SORT_COLUMNS = ["date", "reference", "province", "killed", "injured", "protest_status"] as const;
export type IncidentSortColumn = (typeof INCIDENT_SORT_COLUMNS)[number];
export type IncidentSort = { column: IncidentSortColumn; dir: SortDirection };

export const DEFAULT_INCIDENT_SORT: IncidentSort = { column: "date", dir: "desc" };

/** Dates and figures newest or largest first, words A→Z: the order a first click most likely wants. */
export function defaultIncidentDirection(column: IncidentSortColumn): SortDirection {
  return column === "date" || column === "killed" || column === "injured" ? "desc" : "asc";
}

export function isDefaultIncidentSort(sort: IncidentSort): boolean {
  return sort.column === DEFAULT_INCIDENT_SORT.column && sort.dir === DEFAULT_INCIDENT_SORT.dir;
}
