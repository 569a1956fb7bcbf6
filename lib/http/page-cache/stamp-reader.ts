import pg from "pg";
import { registryStamp } from "../../cache/registry-stamp";

/** Reads the registry's stamp (see registry-stamp.ts) on a small pool of its own. */
export function createStampReader(databaseUrl: string): { read: () => Promise<string>; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000 });
  // A connection dropped while idle (the database restarted): the next read opens another.
  pool.on("error", () => {});
  return {
    read: async () => {
      const { rows } = await pool.query<{ revision: string }>('SELECT "revision"::text AS revision FROM "registry_revision" WHERE "id" = 1');
      return registryStamp(rows[0]?.revision ?? "0");
    },
    close: () => pool.end(),
  };
}
