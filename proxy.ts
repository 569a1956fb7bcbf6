import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { isDatabaseReachableCached } from "@/lib/data/database-reachability";
import { readEnv } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/body-limits";
import { malformedAddressResponse, tooLargeResponse } from "@/lib/http/plain-page";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/http/unavailable";
import { SIGN_IN_NEEDED, SIGN_IN_TO_READ, signInPathFor } from "@/lib/auth/sign-in-required";
import { isDecodablePath } from "@/lib/validations/route-param";
import { crossSiteRefusal, isCrossSiteWrite } from "@/lib/http/same-origin";

// Runs before every page and API request (not static files):
// 1. a Content-Security-Policy with a fresh nonce, which Next.js applies to its scripts;
// 2. an address with a malformed percent-escape is answered 400 with a page that
//    says so, before Next.js's route matcher fails on it with a bare 500;
// 3. a form post (Server Action) over the body limit is answered 413 with a page
//    that says what to do, before Next.js fails reading it with a bare 500;
// 4. a request without a session cookie is sent to sign in before anything renders
//    (see signInFirst);
// 5. while the database is unreachable, pages answer the "temporarily unavailable"
//    page and API routes a JSON message, both with 503 instead of a 500 and a stack.
//    Only reads are turned away: a form post goes through to its Server Action,
//    which answers with a message and gives the typed values back.

const env = readEnv();
const development = env.NODE_ENV === "development";

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, development);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) return malformedAddressResponse(pathname);
  const declaredBytes = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && !pathname.startsWith("/api/") && declaredBytes > ACTION_BODY_LIMIT_BYTES) {
    return tooLargeResponse(pathname);
  }
  // A write to an API route from another site's page is refused before it runs (lib/http/same-origin.ts).
  if (pathname.startsWith("/api/") && isCrossSiteWrite(request, env.BETTER_AUTH_URL)) return crossSiteRefusal();
  const read = request.method === "GET" || request.method === "HEAD";
  const refused = signInFirst(request, read);
  if (refused) return refused;
  const databaseUrl = read && pathname !== "/api/health" ? env.DATABASE_URL : undefined;
  if (databaseUrl && !(await isDatabaseReachableCached(databaseUrl))) {
    const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ status: "unavailable", message: UNAVAILABLE_MESSAGE }, { status: 503, headers });
    }
    const response = NextResponse.rewrite(new URL("/unavailable", request.url), {
      status: 503,
      request: { headers: requestHeaders },
      headers,
    });
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Open to everyone: signing in, the health check, the outage page.
const OPEN_PATHS = new Set(["/sign-in", "/api/health", "/unavailable"]);

/**
 * Without a session cookie, a page answers a real redirect to sign-in and an API
 * route 401, before anything renders: a page with a loading state has sent its 200
 * by the time it finds out, and a client that is not a browser gets an empty page.
 * Only the cookie's presence is checked here; pages and routes check the session.
 * With PUBLIC_READ on, reads need no session. A form post goes through: its Server
 * Action says the session has ended and keeps what was typed.
 */
function signInFirst(request: NextRequest, read: boolean): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  if (OPEN_PATHS.has(pathname) || (read && env.PUBLIC_READ) || getSessionCookie(request)) return undefined;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ message: read ? SIGN_IN_TO_READ : SIGN_IN_NEEDED }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  if (!read) return undefined;
  return NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url));
}

export const config = {
  // Static files need neither the check nor a nonce.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
