function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A path segment as typed; a malformed escape (e.g. "%ZZ") gives "" rather than an error page. */
export function decodeRouteParam(segment: string): string {
  return decoded(segment) ?? "";
}

/**
 * Whether every percent-escape of a raw path decodes to UTF-8. Next.js's route matcher
 * fails on one that does not with a bare 500, before any page runs, so proxy.ts
 * answers such an address itself.
 */
export function isDecodablePath(rawPath: string): boolean {
  return decoded(rawPath) !== null;
}
