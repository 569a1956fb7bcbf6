import type { IncomingMessage } from "node:http";

// The summary pages, whose HTML for a visitor who is not signed in depends only on
// the registry's data, the date and the address: the same for every such visitor.
const CACHEABLE_PATHS = [/^\/$/, /^\/provinces$/, /^\/provinces\/[^/]+$/];

// Requests from Next.js's client router ask for other payloads than the page's HTML.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/**
 * The key a request's page is cached under, or null when the page must be rendered
 * for this request: anything but a plain GET of a summary page, and every request
 * that carries a cookie or credentials (a signed-in reader's page shows their account).
 */
export function pageCacheKey(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET") return null;
  const { headers } = request;
  if (headers.cookie !== undefined || headers.authorization !== undefined) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const url = new URL(request.url ?? "/", "http://registry.invalid");
  if (url.searchParams.has("_rsc")) return null;
  if (!CACHEABLE_PATHS.some((path) => path.test(url.pathname))) return null;
  return `${headers.host ?? ""}${url.pathname}${url.search}`;
}
