import { parseProtestFilter, type ProtestFilter } from "@/lib/validations/protest-filter";

type SearchParams = Record<string, string | string[] | undefined>;

// protests.csv takes the incident filters like every export. The /protests page
// filters protests by their own fields; those travel under names that do not
// collide with the incident filters (from/to there are sent dates, overdue is the
// protest's own), so that page's "Export CSV" gives exactly the protests it lists.
export const PROTEST_EXPORT_KEYS = { status: "status", kind: "kind", from: "sent_from", to: "sent_to", overdue: "protest_overdue" } as const;

export function parseProtestExportFilter(params: SearchParams): { ok: true; filter: Omit<ProtestFilter, "page"> } | { ok: false; errors: string[] } {
  const renamed = Object.fromEntries(Object.entries(PROTEST_EXPORT_KEYS).map(([key, name]) => [key, params[name]]));
  const parsed = parseProtestFilter(renamed);
  if (!parsed.ok) {
    const names: Record<string, string> = PROTEST_EXPORT_KEYS;
    return { ok: false, errors: parsed.errors.map((e) => e.replace(/^(\w+):/, (all, key: string) => `${names[key] ?? key}:`)) };
  }
  // An export covers every page of the list, so the page number plays no part.
  const { status, kind, from, to, overdue } = parsed.filter;
  return { ok: true, filter: { status, kind, from, to, overdue } };
}

/** The export link of a /protests view: its filters under their export names, every incident counted. */
export function protestExportSearchParams(filter: Omit<ProtestFilter, "page">): URLSearchParams {
  const params = new URLSearchParams({ archived: "1" });
  for (const key of ["status", "kind", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(PROTEST_EXPORT_KEYS[key], value);
  }
  if (filter.overdue) params.set(PROTEST_EXPORT_KEYS.overdue, "1");
  return params;
}
