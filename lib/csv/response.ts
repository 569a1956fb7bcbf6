import type { CsvHeading } from "@/lib/csv/columns";
import { csvChunks } from "@/lib/csv/document";
import { exportFilename, parseCsvOptions, searchParamsRecord } from "@/lib/csv/options";
import { streamOf } from "@/lib/csv/stream";
import { readEnv } from "@/lib/env";
import { exportClientOf, takeExportSlot } from "@/lib/http/export-slots";
import { parseIncidentFilter, type IncidentFilter } from "@/lib/validations/incident-filter";

type Params = Record<string, string | string[] | undefined>;

// The least a download must move in each EXPORT_STALL_SECONDS: about 1 KiB/s with
// the default 60 s, far below any real line, yet a reader trickling a few bytes at a
// time to keep its connection is cut.
const STALL_MIN_BYTES = 64 * 1024;
type Refusal = { ok: false; errors: string[] };

/** The CSV records of an export (CRLF-terminated), or why its own parameters are refused. `signal` aborts when the client goes away. */
export type OpenRecords = (filter: IncidentFilter, params: Params, signal: AbortSignal) => AsyncIterable<string | Uint8Array> | Refusal;

/**
 * The response of an /api/export/*.csv route: the filters of /incidents parsed
 * with the same schema (a bad one is a 400 a person can read, never a 500 or a
 * silently empty file), then the header and the records streamed as RFC 4180 CSV.
 * A client (`userId`, or the address of a visitor) runs a few at once, and each
 * download has a time limit, so stalled downloads cannot hold every connection.
 */
export function csvExportResponse(
  request: Request,
  userId: string | null,
  name: string,
  columns: readonly CsvHeading[],
  open: OpenRecords,
): Response {
  const params = searchParamsRecord(new URL(request.url).searchParams);
  const filter = parseIncidentFilter(params);
  const options = parseCsvOptions(params);
  const errors = [...(filter.ok ? [] : filter.errors), ...(options.ok ? [] : options.errors)];
  if (!filter.ok || !options.ok) return refuse(errors);
  // Next.js answers HEAD with this GET handler. Its body would never be read, so it
  // takes no place and runs no query: the headers alone.
  if (request.method === "HEAD") return new Response(null, { headers: csvHeaders(name) });
  const env = readEnv();
  const freeSlot = takeExportSlot(exportClientOf(userId, request.headers), env.EXPORTS_PER_CLIENT);
  if (!freeSlot) return tooMany(env.EXPORTS_PER_CLIENT, env.EXPORT_STALL_SECONDS);
  // Aborted when the client goes away: the server cancels the body stream, and
  // may abort the request's signal too; either stops the query at once.
  const gone = new AbortController();
  request.signal.addEventListener("abort", () => gone.abort(), { once: true });
  let records: ReturnType<OpenRecords>;
  try {
    records = open(filter.filter, params, gone.signal);
  } catch (error) {
    // No stream will end to free the place.
    freeSlot();
    throw error;
  }
  if (!(Symbol.asyncIterator in records)) {
    freeSlot();
    return refuse(records.errors);
  }
  const body = streamOf(csvChunks(columns, records, options.options), {
    onCancel: () => gone.abort(),
    onEnd: freeSlot,
    limits: { stallMs: env.EXPORT_STALL_SECONDS * 1000, minBytes: STALL_MIN_BYTES, totalMs: env.EXPORT_MAX_SECONDS * 1000 },
  });
  return new Response(body, { headers: csvHeaders(name) });
}

function csvHeaders(name: string): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${exportFilename(name)}"`,
    // Exports reflect the registry at the moment of download; a cached copy would not.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

function tooMany(limit: number, retryAfterSeconds: number): Response {
  return new Response(
    `You are running ${limit} exports already, the most one client may run at once. Wait until one has finished downloading, then try again.\n`,
    {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(Math.ceil(retryAfterSeconds)) },
    },
  );
}

function refuse(errors: string[]): Response {
  return new Response(`These filters cannot be applied:\n${errors.map((e) => `- ${e}`).join("\n")}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
