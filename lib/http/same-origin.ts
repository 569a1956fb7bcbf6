// Writes to the API must come from the registry's own pages. The session cookie is
// SameSite=Lax, which still sends it from a sibling subdomain (the same "site") and
// not every browser honours; Next.js checks Server Actions this way, and here
// route handlers get the same check.
//
// A request with neither Origin nor Sec-Fetch-Site is let through: browsers send
// one of them on every cross-site POST, so such a request comes from a script
// (curl, an integration), which must hold a session of its own anyway.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE =
  "Nothing was changed: the request came from another site. Make the change on the registry's own pages.";

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Whether a request writes and comes from another site's page. The registry's own
 * host is the one the browser addressed (X-Forwarded-Host behind a proxy, else
 * Host), as Next.js takes it for Server Actions, or the host of `publicUrl`
 * (BETTER_AUTH_URL). A browser sets these headers itself: a page cannot forge them.
 */
export function isCrossSiteWrite(request: Request, publicUrl: string | undefined): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const { headers } = request;
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const own = [forwarded, headers.get("host"), publicUrl && hostOf(publicUrl)];
  const host = hostOf(origin);
  return host === null || !own.includes(host);
}

export function crossSiteRefusal(): Response {
  return Response.json({ message: CROSS_SITE_MESSAGE }, { status: 403, headers: { "Cache-Control": "no-store" } });
}
