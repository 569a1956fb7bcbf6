import path from "node:path";
import type { Env } from "@/lib/env";
import { appUrl } from "@/lib/database/embedded-access";
import { isEmbeddedRunning, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded-postgres";

export type ProvidedDatabase = { url: string; embedded: EmbeddedDatabase | null };

export const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "postgres");

function dataDirOf(env: Env): string {
  return env.REGISTRY_DATA_DIR ?? DEFAULT_DATA_DIR;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started now. */
export async function provideDatabase(env: Env, log: (line: string) => void): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: dataDirOf(env),
    port: env.EMBEDDED_PG_PORT,
    log,
  });
  log(`embedded database running on 127.0.0.1:${env.EMBEDDED_PG_PORT} (data in ${embedded.dataDir})`);
  return { url: embedded.url(), embedded };
}

/**
 * For a task run beside the registry (a backup while `npm start` serves): the
 * embedded database it is running when it is, otherwise what provideDatabase gives.
 */
export async function provideDatabaseForTask(env: Env, log: (line: string) => void): Promise<ProvidedDatabase> {
  if (!env.DATABASE_URL && (await isEmbeddedRunning({ dataDir: dataDirOf(env), port: env.EMBEDDED_PG_PORT }))) {
    const running = await appUrl(path.resolve(dataDirOf(env)), env.EMBEDDED_PG_PORT);
    if (running) {
      log(`using the embedded database already running on 127.0.0.1:${env.EMBEDDED_PG_PORT}`);
      return { url: running, embedded: null };
    }
  }
  return provideDatabase(env, log);
}
