export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter, to refill a filter form. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
