import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isBot } from "next/dist/shared/lib/router/utils/is-bot";

// The summary pages, with the query parameters each reads (/provinces: its sort
// order). What they show depends only on the registry's data, the date, the address
// and, in the header, the reader's account.
const CACHEABLE_PAGES: { path: RegExp; parameters: string[] }[] = [
  { path: /^\/$/, parameters: [] },
  { path: /^\/provinces$/, parameters: ["sort", "dir"] },
  { path: /^\/provinces\/[A-Za-z0-9-]{1,16}$/, parameters: [] },
];
const PARAMETER_VALUE = /^[a-z_]{1,32}$/;

// Requests from Next.js's client router ask for other payloads than the page's HTML.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

// better-auth's session cookie, with the prefix it takes on HTTPS.
const SESSION_COOKIES = ["__Secure-better-auth.session_token", "better-auth.session_token"];

export type CacheableRequest = {
  key: string;
  /** The value of the request's session cookie, "<token>.<signature>", not yet verified (null: a visitor who is not signed in). */
  sessionCookie: string | null;
};

/** The one session cookie's value; null when there is none, or more than one (which would better-auth read?). */
function sessionCookieOf(cookieHeader: string): string | null {
  const values = cookieHeader
    .split(";")
    .map((pair) => pair.split("="))
    .filter(([name]) => SESSION_COOKIES.includes(name!.trim()))
    .map(([, value]) => decodeURIComponent((value ?? "").trim()));
  return values.length === 1 && values[0] ? values[0] : null;
}

function pageOf(requestUrl: string): string | null {
  const url = new URL(requestUrl, "http://registry.invalid");
  const page = CACHEABLE_PAGES.find(({ path }) => path.test(url.pathname));
  if (!page) return null;
  const names = [...url.searchParams.keys()];
  if (names.some((name) => !page.parameters.includes(name)) || new Set(names).size !== names.length) return null;
  if ([...url.searchParams.values()].some((value) => !PARAMETER_VALUE.test(value))) return null;
  return `${url.pathname}${url.search}`;
}

/**
 * Whether a request's page may come from the cache, and under which key. A cached
 * page is only ever sent for a request like the one it was rendered for: same
 * address and same cookies (hashed into the key), so a signed-in reader gets the page
 * Next.js rendered for their own session. Everything else goes to Next.js: anything
 * but a plain GET of a summary page with the parameters it reads, a hard reload,
 * credentials other than one session cookie, cookies without a session, and
 * crawlers (Next.js renders their pages differently).
 */
export function cacheableRequest(request: Pick<IncomingMessage, "method" | "url" | "headers">): CacheableRequest | null {
  if (request.method !== "GET") return null;
  const { headers } = request;
  if (headers.authorization !== undefined) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  // A hard reload (Shift+reload) asks for the page afresh: rendered, not replayed.
  if (/\bno-cache\b/i.test(String(headers["cache-control"] ?? headers.pragma ?? ""))) return null;
  if (isBot(String(headers["user-agent"] ?? ""))) return null;
  try {
    const page = pageOf(request.url ?? "/");
    if (page === null) return null;
    const address = `${headers.host ?? ""}${page}`;
    if (headers.cookie === undefined) return { key: `visitor ${address}`, sessionCookie: null };
    const sessionCookie = sessionCookieOf(headers.cookie);
    if (!sessionCookie) return null;
    return { key: `${createHash("sha256").update(headers.cookie).digest("base64url")} ${address}`, sessionCookie };
  } catch {
    return null; // an address or cookie that does not parse: Next.js answers it
  }
}
