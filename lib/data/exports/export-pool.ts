import "server-only";
import pg from "pg";
import { EXPORT_CONNECTIONS } from "@/lib/data/exports/export-connections";
import { requireDatabaseUrl } from "@/lib/env";

// The COPY exports run on connections of their own (EXPORT_CONNECTIONS), not
// Prisma's pool: a COPY holds its connection for the whole download, and a few large
// downloads must not leave the pages waiting for one. The limit also caps how many
// exports run at once; the next one waits (its header is already on its way) until
// one ends. A client that reads too slowly cannot hold one for long: lib/csv/response.ts
// ends a download that stalls or runs too long, and limits how many each client runs at once.

type Holder = { registryExportPool?: { url: string; pool: pg.Pool } };
const holder = globalThis as unknown as Holder;

/** The export pool for the current DATABASE_URL (one per process; a new one if the URL changed, as in tests). */
export function getExportPool(): pg.Pool {
  const url = requireDatabaseUrl();
  if (holder.registryExportPool?.url !== url) {
    void holder.registryExportPool?.pool.end();
    const pool = new pg.Pool({ connectionString: url, max: EXPORT_CONNECTIONS, idleTimeoutMillis: 10_000 });
    // An idle connection the server closed (restart, DROP DATABASE) is dropped, not a crash.
    pool.on("error", (error) => console.error(`CSV export connection lost while idle: ${error.message}`));
    holder.registryExportPool = { url, pool };
  }
  return holder.registryExportPool.pool;
}

/** Closes the export pool (tests, before their database is dropped). */
export async function closeExportPool(): Promise<void> {
  const current = holder.registryExportPool;
  holder.registryExportPool = undefined;
  await current?.pool.end();
}
