import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's
// schema engine (which must be downloaded): same folder layout, same bookkeeping
// table, same checksum, same advisory lock. A database migrated here can later be
// handed to Prisma Migrate unchanged.

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// The key Prisma Migrate locks on, so this runner and `prisma migrate` exclude each other.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Applies every pending migration; returns the names it applied. */
export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = await connectCreatingDatabase(connectionString, log);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_BOOKKEEPING_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at
           FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
      );
      const applied = new Map(rows.map((r) => [r.migration_name, r]));
      const failed = rows.find((r) => r.finished_at === null);
      if (failed) {
        throw new MigrationError(
          `Migration ${failed.migration_name} failed earlier and was not rolled back. ` +
            `Fix the database by hand, then delete its row from "_prisma_migrations" ` +
            `(or run \`prisma migrate resolve --rolled-back ${failed.migration_name}\`).`,
        );
      }
      for (const m of migrations) {
        const row = applied.get(m.name);
        if (row && row.checksum !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was changed after it was applied to this database ` +
              `(checksum ${row.checksum.slice(0, 12)}… in the database, ${m.checksum.slice(0, 12)}… on disk). ` +
              `Restore the file from version control and add a new migration for the change instead.`,
          );
        }
      }
      const pending = migrations.filter((m) => !applied.has(m.name));
      for (const m of pending) {
        await applyOne(client, m);
        log(`applied migration ${m.name}`);
      }
      return pending.map((m) => m.name);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

// Like `prisma migrate deploy`, create the database when the server has none of that name.
export async function connectCreatingDatabase(connectionString: string, log: (line: string) => void): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    if ((error as { code?: string }).code !== "3D000") throw error;
  }
  const url = new URL(connectionString);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    log(`created database ${name}`);
  } finally {
    await admin.end();
  }
  const created = new pg.Client({ connectionString });
  await created.connect();
  return created;
}

async function applyOne(client: pg.Client, m: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, m.checksum, m.name],
    );
    await client.query(m.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${reason}`);
  }
}
