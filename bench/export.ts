// Export: GET /api/export/incidents.csv from the running server (first byte, first
// record, total time, rows/s, the server's peak RSS growth) next to the floor,
// PostgreSQL's own COPY … TO STDOUT of the same columns, read through pg-copy-streams.
// On a shared machine one pair of runs can mislead, so the two alternate `runs`
// times and the medians are compared.
import http from "node:http";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { totalRssKiB } from "./server";

export type DownloadResult = {
  rows: number;
  bytes: number;
  firstByteMs: number;
  /** Until the first data record (the line after the header) arrived. */
  firstRecordMs: number;
  totalMs: number;
  rowsPerSecond: number;
  status: number;
};

type FloorResult = { rows: number; bytes: number; totalMs: number; rowsPerSecond: number };

/** The median run of each side; `runs` has them all. */
export type ExportResult = DownloadResult & {
  runs: { server: DownloadResult; floor: FloorResult }[];
  /** The server's processes (launcher and workers), whose resident memory is summed. */
  serverPids: number[];
  rssBeforeMiB: number;
  rssPeakMiB: number;
  rssGrowthMiB: number;
  floor: FloorResult;
  /** median export rows/s ÷ median COPY rows/s */
  ratio: number;
};

// The columns of incidents.csv, in order, as one SQL statement (the derived protest
// status follows lib/protests/incident-protest-status.ts).
export const COPY_INCIDENTS_SQL = `
  SELECT i.reference, i.occurred_on, i.country_code, i.province_code, p.name AS province_name, i.locality,
         i.latitude, i.longitude, i.device_type, i.device_model, i.emplacement, i.emplacement_basis, i.activity,
         coalesce(c.killed, 0) AS killed, coalesce(c.injured, 0) AS injured, coalesce(c.military, 0) AS military_casualties,
         coalesce(c.deminer, 0) AS deminer_casualties, coalesce(c.civilian, 0) AS civilian_casualties, i.verification,
         CASE WHEN ps.live IS NULL THEN 'not_protested'
              WHEN ps.beyond_draft = 0 THEN 'protest_drafted'
              WHEN ps.open = 0 THEN 'closed'
              WHEN ps.answered THEN 'response_received'
              WHEN ps.art8_awaiting THEN 'clarification_requested'
              ELSE 'protested' END AS protest_status,
         coalesce(ps.overdue, false) AS response_overdue,
         i.summary, s.urls AS source_urls,
         to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
         to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
  FROM incidents i
  JOIN provinces p ON p.code = i.province_code
  LEFT JOIN (
    SELECT incident_id,
           count(*) FILTER (WHERE outcome = 'killed') AS killed, count(*) FILTER (WHERE outcome = 'injured') AS injured,
           count(*) FILTER (WHERE category = 'military') AS military, count(*) FILTER (WHERE category = 'deminer') AS deminer,
           count(*) FILTER (WHERE category = 'civilian') AS civilian
    FROM casualties GROUP BY incident_id
  ) c ON c.incident_id = i.id
  LEFT JOIN (SELECT incident_id, string_agg(url, ' ' ORDER BY position, id) AS urls FROM sources GROUP BY incident_id) s ON s.incident_id = i.id
  LEFT JOIN (
    SELECT pi.incident_id, count(*) AS live,
           count(*) FILTER (WHERE pr.status <> 'draft') AS beyond_draft,
           count(*) FILTER (WHERE pr.status NOT IN ('draft', 'closed')) AS open,
           bool_or(pr.status = 'response_received') AS answered,
           bool_or(pr.kind IN ('article_8_2_request', 'article_8_5_request', 'article_8_8_mission') AND pr.status IN ('sent', 'acknowledged')) AS art8_awaiting,
           bool_or(pr.status IN ('sent', 'acknowledged') AND pr.response_received_on IS NULL AND pr.response_due_on < current_date) AS overdue
    FROM protest_incidents pi JOIN protests pr ON pr.id = pi.protest_id
    WHERE pr.archived_at IS NULL
    GROUP BY pi.incident_id
  ) ps ON ps.incident_id = i.id
  WHERE i.archived_at IS NULL
  ORDER BY i.occurred_on DESC, i.id DESC`;

/** Streams a URL to nowhere, counting bytes and CRLF-ended lines. */
export function download(url: string): Promise<DownloadResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstByteMs = 0;
    let firstRecordMs = 0;
    let bytes = 0;
    let lines = 0;
    const request = http.get(url, { agent: false }, (response) => {
      response.on("data", (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = performance.now() - t0;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        if (lines >= 2 && firstRecordMs === 0) firstRecordMs = performance.now() - t0;
      });
      response.once("error", reject);
      response.once("end", () => {
        const totalMs = performance.now() - t0;
        const rows = Math.max(0, lines - 1); // minus the header
        resolve({ rows, bytes, firstByteMs, firstRecordMs, totalMs, rowsPerSecond: rows / (totalMs / 1000), status: response.statusCode ?? 0 });
      });
    });
    request.once("error", reject);
  });
}

/** `runs` downloads and floors, alternating which goes first, sampling the server processes' total VmRSS every 100 ms. */
export async function measureExport(origin: string, serverPids: number[], databaseUrl: string, runs: number): Promise<ExportResult> {
  // A small export first, so the route is compiled and its pools are open.
  await download(`${origin}/api/export/incidents.csv?province=KH-1&from=${new Date().getUTCFullYear()}-01-01`);
  await new Promise((r) => setTimeout(r, 1000));
  const before = totalRssKiB(serverPids);
  let peak = before;
  const sampler = setInterval(() => {
    const rss = totalRssKiB(serverPids);
    if (rss > peak) peak = rss;
  }, 100);
  const results: ExportResult["runs"] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const serverFirst = run % 2 === 0;
      const floorBefore = serverFirst ? undefined : await copyFloor(databaseUrl);
      const server = await download(`${origin}/api/export/incidents.csv`);
      if (server.status !== 200) throw new Error(`GET /api/export/incidents.csv answered ${server.status}`);
      results.push({ server, floor: floorBefore ?? (await copyFloor(databaseUrl)) });
    }
  } finally {
    clearInterval(sampler);
  }
  const server = median(results.map((r) => r.server));
  const floor = median(results.map((r) => r.floor));
  const mib = (kib: number) => kib / 1024;
  return {
    ...server,
    runs: results,
    serverPids,
    rssBeforeMiB: mib(before),
    rssPeakMiB: mib(peak),
    rssGrowthMiB: mib(peak - before),
    floor,
    ratio: server.rowsPerSecond / floor.rowsPerSecond,
  };
}

/** The run with the median rows/s (the lower middle one for an even count). */
function median<T extends { rowsPerSecond: number }>(results: T[]): T {
  const sorted = [...results].sort((a, b) => a.rowsPerSecond - b.rowsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** COPY (the same columns) TO STDOUT (FORMAT csv) through pg-copy-streams, read to the end. */
export async function copyFloor(databaseUrl: string): Promise<FloorResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const t0 = performance.now();
    const stream = client.query(copyTo(`COPY (${COPY_INCIDENTS_SQL}) TO STDOUT (FORMAT csv, HEADER)`));
    let bytes = 0;
    let lines = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    const totalMs = performance.now() - t0;
    const rows = Math.max(0, lines - 1); // minus the header
    return { rows, bytes, totalMs, rowsPerSecond: rows / (totalMs / 1000) };
  } finally {
    await client.end();
  }
}
