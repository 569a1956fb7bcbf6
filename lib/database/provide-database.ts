import path from "node:path";
import type { Env } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded-postgres";

export type ProvidedDatabase = { url: string; embedded: EmbeddedDatabase | null };

export const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "postgres");

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started now. */
export async function provideDatabase(env: Env, log: (line: string) => void): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: env.REGISTRY_DATA_DIR ?? DEFAULT_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    log,
  });
  log(`embedded database running on 127.0.0.1:${env.EMBEDDED_PG_PORT} (data in ${embedded.dataDir})`);
  return { url: embedded.url(), embedded };
}
