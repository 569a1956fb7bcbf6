import type { IncomingMessage, ServerResponse } from "node:http";
import { createStampedCache } from "../../cache/stamped-cache";
import { pageCacheKey } from "./cacheable-request";
import { capturePage, type CapturedPage } from "./captured-page";
import { replayPage } from "./replay-page";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export type PageCacheOptions = {
  /** The registry's stamp (revision and date); throws while the database is unreachable. */
  readStamp: () => Promise<string>;
  maxPages?: number;
};

/**
 * Wraps Next.js's request handler: a summary page asked for by a visitor who is not
 * signed in is rendered once per registry revision and date, then sent again (with a
 * fresh nonce) until somebody writes. Everything else goes to Next.js untouched.
 *
 * Rendering a summary page costs Next.js ~15 ms of one core; on a small server that,
 * not the database, bounds how many readers it serves. What a page shows is decided
 * by Next.js as before (access rules included): only the 200 pages it rendered for
 * requests without credentials are reused, and only for such requests.
 */
export function createPageCacheHandler(handle: Handler, { readStamp, maxPages = 200 }: PageCacheOptions): Handler {
  const pages = createStampedCache<CapturedPage | undefined>(maxPages, (page) => page !== undefined);
  return async (request, response) => {
    const key = pageCacheKey(request);
    if (key === null) return handle(request, response);
    let stamp: string;
    try {
      // Read before rendering, so a page is never older than the stamp it is filed under.
      stamp = await readStamp();
    } catch {
      return handle(request, response); // the database is unreachable: Next.js answers that
    }
    const lookup = pages.get(key, stamp, () => renderAndCapture(handle, request, response));
    if (lookup.computed) {
      await lookup.value;
      return;
    }
    const page = await lookup.value.catch(() => undefined);
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
