/** A path segment as typed; a malformed escape (e.g. "%ZZ") gives "" rather than an error page. */
export function decodeRouteParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
