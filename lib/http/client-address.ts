/**
 * The address of the client that sent a request: the one every per-client limit
 * (sign-in attempts, concurrent exports) is keyed on. One function, so that every
 * limit trusts the same source.
 */
export function clientAddressOf(headers: Headers): string | null {
  // X-Forwarded-For as the production server leaves it: the one address it resolved from
  // the connection and TRUSTED_PROXIES (lib/http/forwarded-client-address.ts). `next dev`
  // resolves nothing: there Next.js fills in the connection's address only when the client sent none.
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
