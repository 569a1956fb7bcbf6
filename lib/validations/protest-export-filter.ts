import { parseProtestFilter, type ProtestFilter } from "@/lib/validations/protest-filter";
import { isDefaultProtestSort, parseProtestSort, type ProtestSort } from "@/lib/validations/protest-sort";

type SearchParams = Record<string, string | string[] | undefined>;

// protests.csv takes the incident filters like every export. The /protests page
// filters and sorts protests by their own fields; those travel under names that do
// not collide with the incident filters (from/to there are sent dates, overdue and
// archived are the protest's own, sort/dir its columns), so that page's "Export CSV"
// gives exactly the protests it lists, in its order.
export const PROTEST_EXPORT_KEYS = {
  status: "status",
  kind: "kind",
  from: "sent_from",
  to: "sent_to",
  overdue: "protest_overdue",
  archived: "protest_archived",
  sort: "protest_sort",
  dir: "protest_dir",
} as const;

export type ProtestExportFilter = Omit<ProtestFilter, "page">;

export function parseProtestExportFilter(
  params: SearchParams,
): { ok: true; filter: ProtestExportFilter; sort: ProtestSort } | { ok: false; errors: string[] } {
  const renamed = Object.fromEntries(Object.entries(PROTEST_EXPORT_KEYS).map(([key, name]) => [key, params[name]]));
  const parsed = parseProtestFilter(renamed);
  const sorted = parseProtestSort(renamed);
  if (!parsed.ok || !sorted.ok) {
    const names: Record<string, string> = PROTEST_EXPORT_KEYS;
    const errors = [...(parsed.ok ? [] : parsed.errors), ...(sorted.ok ? [] : sorted.errors)];
    return { ok: false, errors: errors.map((e) => e.replace(/^(\w+):/, (all, key: string) => `${names[key] ?? key}:`)) };
  }
  // An export covers every page of the list, so the page number plays no part.
  const { status, kind, from, to, overdue, includeArchived } = parsed.filter;
  return { ok: true, filter: { status, kind, from, to, overdue, includeArchived }, sort: sorted.sort };
}

/** The export link of a /protests view: its filters and order under their export names, every incident counted. */
export function protestExportSearchParams(filter: ProtestExportFilter, sort: ProtestSort): URLSearchParams {
  const params = new URLSearchParams({ archived: "1" });
  for (const key of ["status", "kind", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(PROTEST_EXPORT_KEYS[key], value);
  }
  if (filter.overdue) params.set(PROTEST_EXPORT_KEYS.overdue, "1");
  if (filter.includeArchived) params.set(PROTEST_EXPORT_KEYS.archived, "1");
  if (!isDefaultProtestSort(sort)) {
    params.set(PROTEST_EXPORT_KEYS.sort, sort.column);
    params.set(PROTEST_EXPORT_KEYS.dir, sort.dir);
  }
  return params;
}
