import type { IncomingMessage, ServerResponse } from "node:http";
import { BlockList, isIP } from "node:net";
import type { Env } from "@/lib/env";

// Loaded by scripts/production-server.mjs (through tsx): relative or type-only imports only.

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;
type Resolve = (connection: string | undefined, forwardedFor: string | undefined) => string | undefined;

/** "::ffff:192.0.2.1" (an IPv4 client of an IPv6 socket) is 192.0.2.1. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** Whether an address is a trusted proxy's. Given only their number, every connection is taken for the nearest proxy's. */
function trustedProxyCheck(trusted: Env["TRUSTED_PROXIES"]): (address: string) => boolean {
  if (!("addresses" in trusted)) return () => trusted.hops > 0;
  const proxies = new BlockList();
  for (const entry of trusted.addresses) {
    const [network, prefix] = entry.split("/");
    const address = plain(network!);
    if (prefix === undefined) proxies.addAddress(address, family(address));
    else proxies.addSubnet(address, Number(prefix), family(address));
  }
  return (address) => proxies.check(address, family(address));
}

/**
 * Who the client is, as far as this server can vouch: the hops that reached it are
 * X-Forwarded-For's addresses, then the connection's. A proxy appends the address it
 * saw, so what a client wrote into the header itself sits to the left of anything a
 * trusted proxy added, and is never taken: the client is the connection when no proxy
 * is trusted, else the right-most hop that is not a trusted proxy.
 */
export function clientAddressResolver(trusted: Env["TRUSTED_PROXIES"]): Resolve {
  const isTrusted = trustedProxyCheck(trusted);
  return (connection, forwardedFor) => {
    if (connection === undefined) return undefined;
    const hops = [...(forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean), connection].map(plain);
    if ("hops" in trusted) {
      let client = Math.max(0, hops.length - 1 - trusted.hops);
      while (isIP(hops[client]!) === 0) client++; // the connection's address always is one
      return hops[client];
    }
    for (let i = hops.length - 1; i > 0; i--) {
      // What a trusted proxy reported is not an address: that proxy is as far as anyone can vouch.
      if (isIP(hops[i - 1]!) === 0) return hops[i];
      if (!isTrusted(hops[i]!)) return hops[i];
    }
    return hops[0];
  };
}

/** What a proxy tells the server behind it besides X-Forwarded-For: believed only when a trusted proxy sent the request. */
const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * In front of Next.js: X-Forwarded-For is replaced by the one client address resolved
 * from the connection (clientAddressResolver), so nothing a client sends survives and
 * every reader (clientAddressOf, better-auth's rate limiter) sees the same address.
 * The other proxy headers go unless the connection is a trusted proxy: Next.js's
 * Server Action origin check and lib/http/same-origin.ts take X-Forwarded-Host for
 * the registry's own host, which a client must not name.
 */
export function withClientAddress(handle: Handler, trusted: Env["TRUSTED_PROXIES"]): Handler {
  const resolve = clientAddressResolver(trusted);
  const isTrusted = trustedProxyCheck(trusted);
  return (request, response) => {
    const connection = request.socket.remoteAddress;
    const address = resolve(connection, [request.headers["x-forwarded-for"] ?? []].flat().join(","));
    if (address) request.headers["x-forwarded-for"] = address;
    else delete request.headers["x-forwarded-for"];
    if (connection === undefined || !isTrusted(plain(connection))) {
      for (const name of PROXY_HEADERS) delete request.headers[name];
    }
    return handle(request, response);
  };
}
