import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from "@/lib/database/migrate";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";

const serverUrl = inject("serverUrl");
const names: string[] = [];
let scratch: string;

async function freshDatabase(): Promise<string> {
  const name = uniqueName("registry_migrate");
  names.push(name);
  return createDatabase(serverUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "registry-migrations-"));
});

afterAll(async () => {
  await Promise.all(names.map((n) => dropDatabase(serverUrl, n)));
  await rm(scratch, { recursive: true, force: true });
});

describe("the offline migration runner", () => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    const url = await freshDatabase();
    const files = await readMigrations();
    expect(await migrate(url)).toEqual(files.map((f) => f.name));
    expect(await migrate(url)).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(files.length);
    for (const [i, row] of rows.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.migration_name).toBe(files[i]?.name);
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("creates the database when the server has none of that name, as prisma migrate deploy does", async () => {
    const name = uniqueName("registry_missing");
    names.push(name);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    expect(await migrate(url.toString())).toEqual((await readMigrations()).map((f) => f.name));
  });

  it("lets concurrent runs apply each migration exactly once (advisory lock)", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.flat()).toEqual((await readMigrations()).map((f) => f.name));
    const [{ count }] = (await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`)) as [{ count: string }];
    expect(Number(count)).toBe((await readMigrations()).length);
  });

  it("refuses to go on when an applied migration file was changed", async () => {
    const url = await freshDatabase();
    const dir = path.join(scratch, "changed");
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited afterwards\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
    await expect(migrate(url, { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const url = await freshDatabase();
    const dir = path.join(scratch, "failing");
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "29990101000000_broken");
    await cp(path.join(dir, (await readMigrations(dir))[0]!.name), broken, { recursive: true });
    await writeFile(path.join(broken, "migration.sql"), "CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n");
    await expect(migrate(url, { dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toEqual([]);
    const recorded = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((r) => r.migration_name)).not.toContain("29990101000000_broken");
  });
});
