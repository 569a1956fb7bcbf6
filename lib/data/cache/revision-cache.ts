import "server-only";
import { readRegistryRevision } from "@/lib/data/cache/registry-revision";
import { registryStamp } from "@/lib/cache/registry-stamp";
import { createStampedCache } from "@/lib/cache/stamped-cache";

// Summaries of 100,000 incidents cost PostgreSQL tens of milliseconds each and change
// only when somebody writes. Kept per process, checked against the database's revision
// on every use, so a write through any process (or psql) is seen at once.
const entries = createStampedCache<unknown>(500);

function enabled(): boolean {
  // SUMMARY_CACHE=off measures and debugs the uncached queries (npm run bench -- --no-cache).
  return process.env.SUMMARY_CACHE !== "off";
}

/**
 * compute()'s result for `key`, reused while the registry's revision and the date
 * (overdue protests depend on it) stay the same. Concurrent callers share one
 * computation; a failed one is not kept.
 */
export async function cachedByRevision<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!enabled()) return compute();
  // The revision is read before the figures, so what is cached is never older than
  // the revision it is filed under.
  const stamp = registryStamp(await readRegistryRevision());
  return entries.get(key, stamp, compute).value as Promise<T>;
}
