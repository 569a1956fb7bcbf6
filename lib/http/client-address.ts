/**
 * The address of the client that sent a request: the one every per-client limit
 * (sign-in attempts, concurrent exports) is keyed on. One function, so that every
 * limit trusts the same source.
 */
export function clientAddressOf(headers: Headers): string | null {
  // The first address of X-Forwarded-For: the one Next.js (or the proxy in front of it) saw.
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
