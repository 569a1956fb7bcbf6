import "server-only";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { crlfTerminators } from "@/lib/csv/crlf-terminators";
import type { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { getExportPool } from "@/lib/data/exports/export-pool";
import { requireDatabaseUrl } from "@/lib/env";

/**
 * The records of `COPY (select) TO STDOUT (FORMAT csv)` as they arrive, with CRLF
 * terminators, on a connection of the export pool. Each chunk is read from the
 * connection only when the previous one was taken (the stream's backpressure), so
 * memory holds a chunk or two, never the file.
 *
 * When `signal` aborts (the client went away) or the consumer stops early, the
 * backend is told to cancel the COPY at once (even mid-sort, before the first row)
 * and the connection is closed rather than returned to the pool.
 */
export async function* copyRows(select: string, params: CopyParameters, signal: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
  if (signal.aborted) return;
  const client = await getExportPool().connect();
  let completed = false;
  let pid: number | undefined;
  let cancelling: Promise<void> | undefined;
  const stopped = () => (cancelling ??= pid === undefined ? Promise.resolve() : cancelBackend(pid));
  try {
    // Ended (client gone, or a time limit) while it waited for a connection.
    if (signal.aborted) {
      completed = true;
      return;
    }
    const setup = params.setup();
    pid = (await client.query<{ pid: number }>(setup.text, setup.values)).rows[0]!.pid;
    const copy = client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT csv)`));
    // The loop below sees every error while it reads; this listener is for the one a
    // cancelled COPY reports after the loop has stopped, which is expected, not a crash.
    copy.on("error", () => {});
    const onAbort = () => {
      void stopped();
      copy.destroy();
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      if (signal.aborted) onAbort();
      const toCrlf = crlfTerminators();
      for await (const chunk of copy as AsyncIterable<Buffer>) yield toCrlf(chunk);
      completed = true;
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
  } finally {
    if (!completed) await stopped();
    // A connection left in the middle of a COPY is of no further use: end it.
    client.release(!completed);
  }
}

/**
 * pg_cancel_backend from a connection of its own: the export's connection is busy
 * receiving the COPY, and the pool may have no other free.
 */
async function cancelBackend(pid: number): Promise<void> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  try {
    await client.connect();
    await client.query("SELECT pg_cancel_backend($1)", [pid]);
  } catch (error) {
    console.error(`Could not cancel the CSV export's query (backend ${pid})`, error);
  } finally {
    await client.end().catch(() => {});
  }
}
