// The benchmark's own database, never the user's data: with DATABASE_URL a sibling
// database "<name>_bench" on the same server (dropped and created afresh), without
// it an embedded PostgreSQL in a temporary folder on its own port.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { migrate } from "@/lib/database/migrate";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";

export type BenchDatabase = { url: string; where: string; stop: () => Promise<void> };

export async function provideBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  let database: BenchDatabase;
  if (configured) {
    const url = new URL(configured);
    const name = `${decodeURIComponent(url.pathname.slice(1)) || "registry"}_bench`;
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
    url.pathname = `/${name}`;
    database = { url: url.toString(), where: `database ${name} on ${url.host}`, stop: async () => {} };
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "landmine-registry-bench-"));
    await chmod(dir, 0o755); // the server may run as user "postgres" (see embedded-postgres.ts)
    const port = Number(process.env.BENCH_PG_PORT ?? 54600);
    try {
      const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port, log });
      database = {
        url: embedded.url(),
        where: `embedded PostgreSQL on 127.0.0.1:${port} in ${dir}`,
        stop: async () => {
          await embedded.stop();
          await rm(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }
  try {
    await migrate(database.url, { log });
    const db = createPrismaClient(database.url);
    try {
      await seedGazetteer(db);
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
