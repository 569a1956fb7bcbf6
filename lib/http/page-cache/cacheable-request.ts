import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";

// The summary pages: what they show depends only on the registry's data, the date,
// the address and, in the header, the reader's account.
const CACHEABLE_PATHS = [/^\/$/, /^\/provinces$/, /^\/provinces\/[^/]+$/];

// Requests from Next.js's client router ask for other payloads than the page's HTML.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

// better-auth's session cookie, with the prefix it takes on HTTPS.
const SESSION_COOKIES = ["__Secure-better-auth.session_token", "better-auth.session_token"];

export type CacheableRequest = {
  key: string;
  /** The session the request's cookie names (null: a visitor who is not signed in). */
  sessionToken: string | null;
};

function sessionTokenOf(cookieHeader: string): string | null {
  for (const pair of cookieHeader.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0 || !SESSION_COOKIES.includes(pair.slice(0, at).trim())) continue;
    // The value is "<token>.<signature>"; Next.js checked the signature when it rendered.
    const token = decodeURIComponent(pair.slice(at + 1).trim()).split(".")[0];
    return token || null;
  }
  return null;
}

/**
 * Whether a request's page may come from the cache, and under which key. A cached
 * page is only ever sent for a request like the one it was rendered for: same
 * address and same cookies (hashed into the key), so a signed-in reader gets the page
 * Next.js rendered for their own session. Anything but a plain GET of a summary page,
 * a hard reload, credentials other than the session cookie, and cookies without a
 * session go to Next.js.
 */
export function cacheableRequest(request: Pick<IncomingMessage, "method" | "url" | "headers">): CacheableRequest | null {
  if (request.method !== "GET") return null;
  const { headers } = request;
  if (headers.authorization !== undefined) return null;
  // A hard reload (Shift+reload) asks for the page afresh: rendered, not replayed.
  if (/\bno-cache\b/i.test(String(headers["cache-control"] ?? headers.pragma ?? ""))) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const url = new URL(request.url ?? "/", "http://registry.invalid");
  if (url.searchParams.has("_rsc")) return null;
  if (!CACHEABLE_PATHS.some((path) => path.test(url.pathname))) return null;
  const page = `${headers.host ?? ""}${url.pathname}${url.search}`;
  if (headers.cookie === undefined) return { key: `visitor ${page}`, sessionToken: null };
  const sessionToken = sessionTokenOf(headers.cookie);
  if (!sessionToken) return null;
  return { key: `${createHash("sha256").update(headers.cookie).digest("base64url")} ${page}`, sessionToken };
}
