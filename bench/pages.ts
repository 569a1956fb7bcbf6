// Page load: autocannon against the running server, next to the "floor" — the very
// data-layer functions the page awaits, called from this process in a loop.
import autocannon from "autocannon";
import { lastTwelveMonths } from "@/lib/charts/months";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { countIncidentPoints } from "@/lib/data/maps/count-incident-points";
import { getRegistryTotals } from "@/lib/data/overview";
import { countPendingProtests } from "@/lib/data/protests/count-pending-protests";
import { countIncidentsByMonth } from "@/lib/data/provinces/count-incidents-by-month";
import { getProvinceSummary } from "@/lib/data/provinces/get-province-summary";
import { listProvinceSummaries } from "@/lib/data/provinces/list-province-summaries";
import { rankProvinces } from "@/lib/data/provinces/rank-provinces";
import { todayUtc } from "@/lib/protests/due-date";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import { percentile } from "./stats";

export type PageResult = {
  path: string;
  /** Who reads: a visitor (PUBLIC_READ) or a signed-in viewer, from the page cache or rendered for every view. */
  reader: Reader;
  /** What the page cache answered for this reader after the warm-up: "hit", "miss" or "none" (not cached). */
  pageCache: string;
  connections: number;
  seconds: number;
  requests: number;
  non2xx: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  floor: { iterations: number; p50Ms: number; p95Ms: number };
  /** The same queries from `connections` loops at once: what the database alone gives at that concurrency. */
  concurrentFloor: { iterations: number; p50Ms: number; p95Ms: number };
  /** page p95 / floor p95 */
  ratio: number;
};

/** What each page awaits before it can render, as the page calls it. */
function pageQueries(path: string): () => Promise<unknown> {
  const province = /^\/provinces\/([A-Z]{2}-\w+)$/.exec(path)?.[1];
  if (province) {
    const filter: IncidentFilter = { page: 1, includeArchived: false, province };
    return () =>
      Promise.all([
        getProvinceSummary(filter),
        countIncidentsByMonth({ provinceCode: province }),
        listIncidents(filter, 5),
        countIncidentPoints({ provinceCode: province }),
      ]);
  }
  if (path === "/provinces") return () => listProvinceSummaries();
  if (path === "/") {
    return () =>
      Promise.all([
        getRegistryTotals(),
        countIncidentsByMonth({ from: `${lastTwelveMonths(todayUtc()).first}-01` }),
        countPendingProtests(),
        rankProvinces(10),
        listIncidents({ page: 1, includeArchived: false }, 5),
        countIncidentPoints(),
      ]);
  }
  throw new Error(`No floor queries for ${path}`);
}

/** p50/p95 of the page's queries run in `loops` loops, each one call after another, from this process (after a warm-up). */
export async function measureFloor(path: string, seconds: number, loops = 1): Promise<PageResult["floor"]> {
  const run = pageQueries(path);
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end || times.length < 20) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: loops }, loop));
  return { iterations: times.length, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

export type Reader = "visitor" | "signed in" | "signed in, rendered";

type PageOptions = { connections: number; seconds: number; warmupSeconds: number; floorSeconds: number; reader: Reader; headers: Record<string, string> };

/** autocannon with `connections` for `seconds`, after a short warm-up; latencies of every response. */
export async function measurePage(origin: string, path: string, options: PageOptions): Promise<PageResult> {
  const url = origin + path;
  const { headers } = options;
  const check = await fetch(url, { headers, redirect: "manual" });
  if (!check.ok) throw new Error(`GET ${path} (${options.reader}) answered ${check.status}`);
  await check.text();
  await autocannon({ url, headers, connections: options.connections, duration: options.warmupSeconds });
  const probe = await fetch(url, { headers, redirect: "manual" });
  await probe.text();
  const pageCache = probe.headers.get("x-page-cache") ?? "none";

  const times: number[] = [];
  const instance = autocannon({ url, headers, connections: options.connections, duration: options.seconds }, () => {});
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await new Promise<autocannon.Result>((resolve) => instance.on("done", resolve));

  const floor = await measureFloor(path, options.floorSeconds);
  const concurrentFloor = await measureFloor(path, options.floorSeconds, options.connections);
  const p95Ms = percentile(times, 95);
  return {
    path,
    reader: options.reader,
    pageCache,
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requestsPerSecond: result.requests.average,
    p50Ms: percentile(times, 50),
    p95Ms,
    p99Ms: percentile(times, 99),
    floor,
    concurrentFloor,
    ratio: p95Ms / floor.p95Ms,
  };
}
