import pg from "pg";

// A cheap answer to "is the database there?" for every page request (proxy.ts):
// one short-lived connection and `SELECT 1`, shared by all requests that arrive
// while it runs, and remembered briefly, so a busy registry opens at most one such
// connection every couple of seconds while pages learn of an outage (and of the
// recovery) within that time.

const REACHABLE_FOR_MS = 2000;
const UNREACHABLE_FOR_MS = 1000;
const CONNECT_TIMEOUT_MS = 1500;

type Cached = { reachable: boolean; until: number };

let cached: Cached | undefined;
let pending: Promise<boolean> | undefined;

export async function isDatabaseReachableCached(connectionString: string, now = Date.now()): Promise<boolean> {
  if (cached && cached.until > now) return cached.reachable;
  pending ??= probe(connectionString).then((reachable) => {
    cached = { reachable, until: Date.now() + (reachable ? REACHABLE_FOR_MS : UNREACHABLE_FOR_MS) };
    pending = undefined;
    return reachable;
  });
  return pending;
}

async function probe(connectionString: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: CONNECT_TIMEOUT_MS,
  });
  // An error after connecting (the server going away) must not become an unhandled event.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
