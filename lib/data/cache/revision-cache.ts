import "server-only";
import { readRegistryRevision } from "@/lib/data/cache/registry-revision";
import { todayUtc } from "@/lib/protests/due-date";

type Entry = { stamp: string; value: Promise<unknown> };

// Summaries of 100,000 incidents cost PostgreSQL tens of milliseconds each and change
// only when somebody writes. Kept per process, checked against the database's revision
// on every use, so a write through any process (or psql) is seen at once.
const MAX_ENTRIES = 500;
const entries = new Map<string, Entry>();

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
  const stamp = `${await readRegistryRevision()}@${todayUtc()}`;
  const hit = entries.get(key);
  if (hit?.stamp === stamp) {
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  entries.set(key, { stamp, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
