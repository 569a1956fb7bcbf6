import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { createStampedCache } from "../../cache/stamped-cache";
import { cacheableRequest } from "./cacheable-request";
import { capturePage, type CapturedPage } from "./captured-page";
import { replayPage } from "./replay-page";
import { signedSessionToken } from "./signed-session-token";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

// Longer than a render takes (15-20 ms, a few hundred under load); a waiter then renders itself.
const WAIT_FOR_RENDER_MS = 2_000;
const delay = (ms: number) => sleep(ms, undefined, { ref: false });

export type PageCacheOptions = {
  /** See StampReader.read. */
  readStamp: (sessionToken: string | null) => Promise<string | null>;
  /** The secret better-auth signs session cookies with. */
  sessionSecret: string;
  maxPages?: number;
};

/**
 * Wraps Next.js's request handler: a summary page is rendered once per registry
 * revision, date and reader (visitors who are not signed in share one copy; a
 * signed-in reader has their own while their session and account stay the same),
 * then sent again with a fresh nonce until somebody writes. Everything else goes to
 * Next.js untouched.
 *
 * Rendering a summary page costs Next.js 15-20 ms of one core; on a small server that,
 * not the database, bounds how many readers it serves. What a page shows is decided
 * by Next.js as before, access rules included: only 200 pages it rendered are reused,
 * and only for requests with the same address and cookies (cacheable-request.ts).
 */
export function createPageCacheHandler(handle: Handler, { readStamp, sessionSecret, maxPages = 200 }: PageCacheOptions): Handler {
  const pages = createStampedCache<CapturedPage | undefined>(maxPages, (page) => page !== undefined);
  return async (request, response) => {
    const cacheable = cacheableRequest(request);
    if (cacheable === null) return handle(request, response);
    const sessionToken = cacheable.sessionCookie === null ? null : await signedSessionToken(cacheable.sessionCookie, sessionSecret);
    // A cookie the registry did not sign: Next.js answers it as it answers no session.
    if (cacheable.sessionCookie !== null && sessionToken === null) return handle(request, response);
    let stamp: string | null;
    try {
      // Read before rendering, so a page is never older than the stamp it is filed under.
      stamp = await readStamp(sessionToken);
    } catch {
      return handle(request, response); // the database is unreachable: Next.js answers that
    }
    if (stamp === null) return handle(request, response); // no live session: Next.js sends to sign-in
    const lookup = pages.get(cacheable.key, stamp, () => renderAndCapture(handle, request, response));
    if (lookup.computed) {
      await lookup.value;
      return;
    }
    // The page is being rendered for another request: wait for it, but not on a
    // client that reads slowly (the copy is complete only once that one has it all).
    const page = await Promise.race([lookup.value.catch(() => undefined), delay(WAIT_FOR_RENDER_MS)]);
    if (page) return replayPage(page, request, response);
    return handle(request, response);
  };
}

function renderAndCapture(handle: Handler, request: IncomingMessage, response: ServerResponse): Promise<CapturedPage | undefined> {
  // Uncompressed, so that the nonce can be replaced; replayPage compresses each copy.
  delete request.headers["accept-encoding"];
  response.setHeader("X-Page-Cache", "miss");
  const page = capturePage(response);
  return handle(request, response).then(() => page);
}
