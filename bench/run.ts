// `npm run bench`: a benchmark database filled with a realistic data set, the
// production build served against it, then page-load and CSV-export figures, each
// next to the time PostgreSQL alone needs for the same work. See README "Benchmarks".
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { provideBenchDatabase, type BenchDatabase } from "./database";
import { measureExport, type ExportResult } from "./export";
import { addProtests, countRows, topUpIncidents, type Counts } from "./generate";
import { measureLoad, type LoadResult } from "./load";
import { measurePage, type PageResult, type Reader } from "./pages";
import { signedInCookie } from "./session";
import { buildIfStale, processName, startServer, type BenchServer } from "./server";

const { values } = parseArgs({
  options: {
    incidents: { type: "string", default: "100000" },
    protests: { type: "string", default: "2000" },
    "export-incidents": { type: "string", default: "1000000" },
    // Export and floor alternate this many times; the medians are compared.
    "export-runs": { type: "string", default: "3" },
    "skip-export": { type: "boolean", default: false },
    "skip-pages": { type: "boolean", default: false },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    // Which parts to run, e.g. --only load or --only pages,export (default: all three).
    only: { type: "string", default: "pages,load,export" },
    clients: { type: "string", default: "50" },
    "load-duration": { type: "string", default: "30" },
    // Keep the server and the database running after the figures, until Ctrl-C (to look around).
    hold: { type: "boolean", default: false },
  },
});

const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${String(values[name])}`);
  return n;
};

const PARTS = ["pages", "load", "export"] as const;
type Part = (typeof PARTS)[number];
const only = new Set(values.only.split(",").map((p) => p.trim()));
for (const part of only) {
  if (!PARTS.includes(part as Part)) throw new Error(`--only takes ${PARTS.join(", ")} (comma-separated), not "${part}"`);
}
const runs = (part: Part) =>
  only.has(part) && !(part === "pages" && values["skip-pages"]) && !(part === "export" && values["skip-export"]);

const log = (line: string) => console.log(`[bench] ${line}`);
const TARGET = { pageP95Ms: 150, pageRatio: 3, exportRatio: 0.5, exportRssMiB: 150, firstByteMs: 1000 };

type DataPhase = { counts: Counts; seconds: number };
type Report = {
  startedAt: string;
  machine: { cpus: number; memoryGiB: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  database: string;
  /** false when run with SUMMARY_CACHE=off: every page view recomputes its figures. */
  summaryCache: boolean;
  data?: DataPhase;
  pages: PageResult[];
  exportData?: DataPhase;
  export?: ExportResult;
  load?: LoadResult;
  targets: { name: string; value: string; target: string; met: boolean }[];
};

let database: BenchDatabase | undefined;
let server: BenchServer | undefined;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    if (server) {
      log("stopping the server");
      await server.stop().catch(() => {});
    }
    if (database) {
      log("stopping the benchmark database");
      await database.stop().catch(() => {});
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    void cleanup().then(() => process.exit(130));
  });
}

async function fill(url: string, target: number, protests: number): Promise<DataPhase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = performance.now();
    const added = await topUpIncidents(client, target);
    if (protests > 0) {
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM protests");
      if (rows[0]!.n < protests) await addProtests(client, protests - rows[0]!.n);
    }
    // VACUUM as autovacuum would have done on a database that grew over years: it sets
    // the visibility map, so index-only scans work as they would in production.
    await client.query("VACUUM ANALYZE");
    const seconds = (performance.now() - t0) / 1000;
    const counts = await countRows(client);
    log(`added ${added.toLocaleString("en")} incidents in ${seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
    return { counts, seconds };
  } finally {
    await client.end();
  }
}

async function busiestProvinces(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string }>(
      `SELECT province_code AS code FROM incidents WHERE archived_at IS NULL AND province_code <> 'TH-33'
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    return ["TH-33", ...rows.map((r) => r.code)];
  } finally {
    await client.end();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const int = (n: number) => Math.round(n).toLocaleString("en");

function printPages(pages: PageResult[]) {
  console.log(`\nPage load (${pages[0]?.connections ?? 0} connections, ${pages[0]?.seconds ?? 0} s each; floor = the page's data-layer calls from the bench process, one at a time; @N: N loops at once)`);
  console.table(
    pages.map((p) => ({
      page: p.path,
      reader: p.reader,
      "page cache": p.pageCache,
      "req/s": p.requestsPerSecond.toFixed(1),
      p50: ms(p.p50Ms),
      p95: ms(p.p95Ms),
      "non-2xx/err": `${p.non2xx}/${p.errors}`,
      "floor p50": ms(p.floor.p50Ms),
      "floor p95": ms(p.floor.p95Ms),
      "p95 ÷ floor p95": `${p.ratio.toFixed(2)}×`,
      [`floor p95 @${p.connections}`]: ms(p.concurrentFloor.p95Ms),
    })),
  );
}

function printExport(e: ExportResult) {
  console.log(`\nExport GET /api/export/incidents.csv (floor = COPY … TO STDOUT (FORMAT csv) of the same columns; median of ${e.runs.length} alternating runs)`);
  console.table([
    {
      "": "server",
      rows: int(e.rows),
      MB: (e.bytes / 1e6).toFixed(1),
      "first byte": ms(e.firstByteMs),
      "first record": ms(e.firstRecordMs),
      total: `${(e.totalMs / 1000).toFixed(1)} s`,
      "rows/s": int(e.rowsPerSecond),
      "RSS growth": `${e.rssGrowthMiB.toFixed(1)} MiB (${e.rssBeforeMiB.toFixed(0)} → ${e.rssPeakMiB.toFixed(0)})`,
    },
    {
      "": "COPY",
      rows: int(e.floor.rows),
      MB: (e.floor.bytes / 1e6).toFixed(1),
      "first byte": "",
      "first record": "",
      total: `${(e.floor.totalMs / 1000).toFixed(1)} s`,
      "rows/s": int(e.floor.rowsPerSecond),
      "RSS growth": "",
    },
  ]);
  console.log(`every run, rows/s: server ${e.runs.map((r) => int(r.server.rowsPerSecond)).join(", ")}; COPY ${e.runs.map((r) => int(r.floor.rowsPerSecond)).join(", ")}`);
  console.log(`export rows/s ÷ COPY rows/s (medians): ${e.ratio.toFixed(2)}`);
}

function printLoad(l: LoadResult) {
  console.log(`\nLoad: ${l.clients} clients logging incidents for ${l.seconds.toFixed(1)} s through the Server Action's write path`);
  console.table([
    {
      attempted: int(l.attempted),
      accepted: int(l.accepted),
      refused: int(l.refused),
      "saves/s": l.savesPerSecond.toFixed(1),
      p50: ms(l.p50Ms),
      p95: ms(l.p95Ms),
      p99: ms(l.p99Ms),
      max: ms(l.maxMs),
      "rows in database": int(l.rowsInDatabase),
      "duplicate references": l.duplicateReferences,
    },
  ]);
  for (const y of l.years) {
    console.log(`  MI-${y.year}: counter ${y.counterBefore} → ${y.counterAfter}, ${y.received} references received, ${y.gapless ? "gapless" : "NOT gapless"}`);
  }
  for (const [reason, n] of Object.entries(l.refusals)) console.log(`  refused ${n}×: ${reason}`);
}

function targetsOf(report: Report): Report["targets"] {
  const targets: Report["targets"] = [];
  const l = report.load;
  if (l) {
    targets.push({ name: "load: accepted saves = rows in the database", value: `${l.accepted} / ${l.rowsInDatabase}`, target: "equal, none missing", met: l.accepted === l.rowsInDatabase && l.missing === 0 });
    targets.push({ name: "load: duplicate references", value: String(l.duplicateReferences), target: "0", met: l.duplicateReferences === 0 });
    targets.push({ name: "load: references gapless within each year", value: l.years.map((y) => `${y.year}: ${y.gapless ? "yes" : "no"}`).join(", "), target: "yes", met: l.years.every((y) => y.gapless) });
    targets.push({ name: "load: refused saves", value: String(l.refused), target: "0", met: l.refused === 0 });
  }
  for (const p of report.pages.filter((p) => p.path.startsWith("/provinces/"))) {
    const page = `${p.path} (${p.reader})`;
    targets.push({ name: `${page} p95`, value: ms(p.p95Ms), target: `≤ ${TARGET.pageP95Ms} ms`, met: p.p95Ms <= TARGET.pageP95Ms });
    targets.push({ name: `${page} p95 ÷ SQL p95`, value: `${p.ratio.toFixed(2)}×`, target: `≤ ${TARGET.pageRatio}×`, met: p.ratio <= TARGET.pageRatio });
  }
  const e = report.export;
  if (e) {
    targets.push({ name: "export rows/s ÷ COPY rows/s", value: e.ratio.toFixed(2), target: `≥ ${TARGET.exportRatio}`, met: e.ratio >= TARGET.exportRatio });
    targets.push({ name: "export server RSS growth", value: `${e.rssGrowthMiB.toFixed(1)} MiB`, target: `< ${TARGET.exportRssMiB} MiB`, met: e.rssGrowthMiB < TARGET.exportRssMiB });
    targets.push({ name: "export first byte", value: ms(e.firstByteMs), target: `< ${TARGET.firstByteMs} ms`, met: e.firstByteMs < TARGET.firstByteMs });
  }
  return targets;
}

async function main() {
  const incidents = count("incidents");
  const exportIncidents = count("export-incidents");
  const connections = count("connections");
  const seconds = count("duration");
  const warmupSeconds = count("warmup");
  const startedAt = new Date().toISOString();

  database = await provideBenchDatabase(log);
  log(`benchmark database: ${database.where}`);
  const report: Report = {
    startedAt,
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg() },
    summaryCache: process.env.SUMMARY_CACHE !== "off",
    database: database.where,
    pages: [],
    targets: [],
  };
  if (runs("pages") || runs("export")) report.data = await fill(database.url, incidents, count("protests"));

  // The data-layer functions of the floor and the load read DATABASE_URL through lib/db.ts.
  process.env.DATABASE_URL = database.url;
  if (runs("pages") || runs("export")) {
    await buildIfStale(database.url, log);
    server = await startServer(database.url, Number(process.env.BENCH_PORT ?? 3600), log);
  }

  if (server && runs("pages")) {
    const provinces = (await busiestProvinces(database.url)).map((c) => `/provinces/${c}`);
    const cookie = await signedInCookie(database.url, server.port);
    // Every page as a visitor who is not signed in; the province pages as a signed-in
    // viewer, from the page cache and rendered for every view (Cache-Control: no-cache,
    // as a hard reload sends): what a view costs when the registry has just changed.
    const views: { path: string; reader: Reader; headers: Record<string, string> }[] = [
      ...[...provinces, "/provinces", "/"].map((path) => ({ path, reader: "visitor" as const, headers: {} })),
      ...provinces.map((path) => ({ path, reader: "signed in" as const, headers: { cookie } })),
      ...provinces.map((path) => ({ path, reader: "signed in, rendered" as const, headers: { cookie, "cache-control": "no-cache" } })),
    ];
    for (const { path: p, reader, headers } of views) {
      log(`page ${p} (${reader}): warm-up ${warmupSeconds} s, then ${seconds} s at ${connections} connections`);
      const result = await measurePage(server.origin, p, {
        connections,
        seconds,
        warmupSeconds,
        floorSeconds: Math.max(3, seconds / 2),
        reader,
        headers,
      });
      report.pages.push(result);
      log(`  p50 ${ms(result.p50Ms)}, p95 ${ms(result.p95Ms)}, ${result.requestsPerSecond.toFixed(1)} req/s (page cache: ${result.pageCache}); floor p95 ${ms(result.floor.p95Ms)}`);
    }
    printPages(report.pages);
  }

  if (runs("load")) {
    const clients = count("clients");
    const loadSeconds = count("load-duration");
    log(`load: ${clients} clients logging incidents for ${loadSeconds} s`);
    report.load = await measureLoad(database.url, { clients, seconds: loadSeconds });
    printLoad(report.load);
  }

  if (server && runs("export")) {
    report.exportData = await fill(database.url, exportIncidents, 0);
    const pids = server.serverPids();
    log(`export: measuring the server processes ${pids.map((pid) => `${pid} (${processName(pid)})`).join(", ")}`);
    report.export = await measureExport(server.origin, pids, database.url, Math.max(1, count("export-runs")));
    printExport(report.export);
  }

  report.targets = targetsOf(report);
  report.machine.loadAverageAtEnd = os.loadavg();
  const load = (l: number[] | undefined) => (l ?? []).map((n) => n.toFixed(2)).join(" ");
  console.log(`Summary cache: ${report.summaryCache ? "on" : "off (SUMMARY_CACHE=off)"}`);
  console.log(`\nMachine: ${report.machine.cpus} CPUs; load average ${load(report.machine.loadAverageAtStart)} at start, ${load(report.machine.loadAverageAtEnd)} at end`);
  console.log("\nTargets");
  console.table(report.targets.map((t) => ({ target: t.name, measured: t.value, wanted: t.target, met: t.met ? "yes" : "NO" })));

  const dir = path.join(process.cwd(), "bench", "reports");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`report written to ${path.relative(process.cwd(), file)}`);
  if (report.load && !report.load.passed) process.exitCode = 1;
  if (values.hold && server) {
    log(`holding: ${server.origin} with DATABASE_URL=${database.url} until Ctrl-C`);
    await new Promise(() => {});
  }
}

try {
  await main();
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
