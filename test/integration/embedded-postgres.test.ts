import { execFileSync } from "node:child_process";
import { lstatSync, readdirSync } from "node:fs";
import { readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { backupDatabase, restoreDatabase } from "@/lib/database/backup";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded-postgres";
import { migrate } from "@/lib/database/migrate";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { closeExportPool } from "@/lib/data/exports/export-pool";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { databaseUrl } from "../support/databases";
import { freePort } from "../support/free-port";
import { scratchFolder } from "../support/scratch-folder";
import { incidentInput } from "../support/incident-input";

// The embedded PostgreSQL of a clone with no DATABASE_URL: its superuser has a random
// password kept beside the data folder, and the registry connects as a role that owns
// its database but is not a superuser. Each test here runs a server of its own.

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const scratch = () => scratchFolder(cleanups);

async function start(dataDir: string, log?: (line: string) => void): Promise<EmbeddedDatabase> {
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), log });
  cleanups.push(() => embedded.stop());
  return embedded;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

async function incidentCount(url: string): Promise<number> {
  const [row] = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM incidents");
  return row!.n;
}

/** Who owns the tables, sequences, types and functions of the registry's schema. */
async function ownersOf(url: string): Promise<string[]> {
  const rows = await query<{ owner: string }>(
    url,
    `SELECT DISTINCT pg_get_userbyid(owner) AS owner FROM (
       SELECT c.relowner AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
       UNION ALL SELECT t.typowner FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
       UNION ALL SELECT p.proowner FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
     ) o`,
  );
  return rows.map((r) => r.owner);
}

describe("a new embedded database", () => {
  let dir: string;
  let embedded: EmbeddedDatabase;
  beforeAll(async () => {
    dir = await scratch();
    embedded = await start(path.join(dir, "postgres"));
  });

  it("has a random superuser password in a file only its owner can read, and gives the app a role that is no superuser", async () => {
    await expect(query(withPassword(embedded.superuserUrl(), "registry"), "SELECT 1")).rejects.toThrow(/password authentication failed/);

    const file = path.join(dir, "postgres-superuser-password");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const password = (await readFile(file, "utf8")).trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(await query(withPassword(embedded.superuserUrl(), password), "SELECT current_user AS me")).toEqual([{ me: "postgres" }]);
    expect((await stat(path.join(dir, "postgres-registry-password"))).mode & 0o777).toBe(0o600);

    const [role] = await query(
      embedded.url(),
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, pg_get_userbyid(d.datdba) AS owns
         FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
    );
    expect(role).toEqual({ name: "registry", rolsuper: false, rolcreaterole: false, rolcreatedb: false, owns: "registry" });
    // What a superuser could do, and an intruder with the app's password must not.
    await expect(query(embedded.url(), "COPY (SELECT 1) TO PROGRAM 'true'")).rejects.toThrow(/permission denied|must be superuser/);
  });

  it("lets the app's role migrate, own every object, write, export, cancel its own queries, and back up and restore", async () => {
    await migrate(embedded.url());
    expect(await ownersOf(embedded.url())).toEqual(["registry"]);
    const db = createPrismaClient(embedded.url());
    try {
      await seedGazetteer(db);
      // The registry revision's trigger function runs as well.
      const reference = await createIncident(incidentInput({ occurredOn: "2025-07-16" }), { db });

      vi.stubEnv("DATABASE_URL", embedded.url());
      vi.stubEnv("PUBLIC_READ", "1");
      const holder = globalThis as unknown as { registryPrisma?: PrismaClient };
      try {
        const csv = await (await incidentsCsv(new Request("http://localhost/api/export/incidents.csv"))).text();
        expect(csv).toContain(reference);
      } finally {
        await holder.registryPrisma?.$disconnect();
        holder.registryPrisma = undefined;
        await closeExportPool();
        vi.unstubAllEnvs();
      }
    } finally {
      await db.$disconnect();
    }

    // As a CSV export stopped mid-way does (lib/data/exports/copy-rows.ts).
    const busy = new pg.Client({ connectionString: embedded.url() });
    await busy.connect();
    try {
      const [{ pid }] = (await busy.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
      const sleeping = busy.query("SELECT pg_sleep(30)").then(
        () => "finished",
        (error: Error) => error.message,
      );
      const active = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND state = 'active'`;
      while ((await query<{ n: number }>(embedded.url(), active, [pid]))[0]!.n === 0) await new Promise((r) => setTimeout(r, 50));
      expect(await query(embedded.url(), "SELECT pg_cancel_backend($1) AS cancelled", [pid])).toEqual([{ cancelled: true }]);
      expect(await sleeping).toMatch(/canceling statement due to user request/);
    } finally {
      await busy.end();
    }

    const file = path.join(dir, "registry.dump");
    await backupDatabase(embedded.url(), file);
    // As `npm run db:restore` with a new REGISTRY_DATA_DIR: an empty database the role owns.
    await query(embedded.superuserUrl(), "CREATE DATABASE registry_restored OWNER registry");
    const restored = databaseUrl(embedded.url(), "registry_restored");
    await restoreDatabase(restored, file);
    expect(await incidentCount(restored)).toBe(1);
    expect(await ownersOf(restored)).toEqual(["registry"]);
  });
});

describe("the first start", () => {
  it("hands initdb the superuser's password in a private folder of its own, not in a file straight in the temporary folder", async () => {
    const dataDir = path.join(await scratch(), "postgres");
    const tmp = await scratch();
    vi.stubEnv("TMPDIR", tmp);
    // What each entry in the temporary folder (and in a folder there) last looked like,
    // looked at often while initdb runs.
    const seen = new Map<string, { kind: string; mode: number; uid: number }>();
    const look = (name: string) => {
      try {
        const found = lstatSync(path.join(tmp, name));
        seen.set(name, { kind: found.isDirectory() ? "folder" : found.isFile() ? "file" : "other", mode: found.mode & 0o777, uid: found.uid });
        if (found.isDirectory()) for (const inner of readdirSync(path.join(tmp, name))) look(path.join(name, inner));
      } catch {
        // removed meanwhile
      }
    };
    const looking = setInterval(() => readdirSync(tmp).forEach(look), 20);
    try {
      await start(dataDir);
    } finally {
      clearInterval(looking);
      vi.unstubAllEnvs();
    }
    // As root, initdb runs as user "postgres".
    const owner = process.getuid!() === 0 ? Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })) : process.getuid!();
    expect([...seen]).toEqual([
      [expect.stringMatching(/^[^/]+$/), { kind: "folder", mode: 0o700, uid: owner }],
      [expect.stringMatching(/^[^/]+\/[^/]+$/), { kind: "file", mode: 0o600, uid: owner }],
    ]);
    const [folder, file] = [...seen.keys()];
    expect(path.dirname(file!)).toBe(folder);
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe("an embedded database made before the registry had a role of its own", () => {
  // As the registry made it until now: the superuser "postgres" with the password
  // "registry", the registry's database and everything in it owned by that superuser.
  async function madeTheOldWay(dataDir: string): Promise<string> {
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      const asSuperuser = embedded.superuserUrl("registry");
      await migrate(asSuperuser);
      const db = createPrismaClient(asSuperuser);
      try {
        await seedGazetteer(db);
        return await createIncident(incidentInput({ occurredOn: "2025-07-16" }), { db });
      } finally {
        await db.$disconnect();
        await query(embedded.superuserUrl(), "ALTER DATABASE registry OWNER TO postgres");
        await query(embedded.superuserUrl(), "DROP ROLE registry");
        await query(embedded.superuserUrl(), "ALTER ROLE postgres PASSWORD 'registry'");
      }
    } finally {
      await embedded.stop();
      await rm(`${dataDir}-superuser-password`);
      await rm(`${dataDir}-registry-password`);
    }
  }

  it("is moved to a random superuser password and the app's own role on start, with its data, and says so", async () => {
    const dataDir = path.join(await scratch(), "postgres");
    const reference = await madeTheOldWay(dataDir);

    const lines: string[] = [];
    const embedded = await start(dataDir, (line) => lines.push(line));
    expect(embedded.created).toBe(false);
    expect(lines.filter((l) => /random password/.test(l))).toEqual([
      expect.stringMatching(/superuser "postgres" has a random password .* role "registry", which owns .* but is not a superuser/),
    ]);
    await expect(query(withPassword(embedded.superuserUrl(), "registry"), "SELECT 1")).rejects.toThrow(/password authentication failed/);

    expect(await ownersOf(embedded.url())).toEqual(["registry"]);
    expect(await migrate(embedded.url())).toEqual([]);
    const db = createPrismaClient(embedded.url());
    try {
      expect(await db.incident.findUnique({ where: { reference }, select: { reference: true } })).toEqual({ reference });
      expect(await createIncident(incidentInput({ occurredOn: "2025-08-09" }), { db })).toBe("MI-2025-0002");
    } finally {
      await db.$disconnect();
    }
    await embedded.stop();

    // The new password is saved before it is set: a start that stopped between the two
    // (the file written, the server still on "registry") finishes the job.
    const saved = (await readFile(`${dataDir}-superuser-password`, "utf8")).trim();
    const again = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await query(again.superuserUrl(), "ALTER ROLE postgres PASSWORD 'registry'");
    await again.stop();
    const resumed = await start(dataDir);
    expect(await query(withPassword(resumed.superuserUrl(), saved), "SELECT current_user AS me")).toEqual([{ me: "postgres" }]);
    expect(await incidentCount(resumed.url())).toBe(2);
  });

  it("says what to do when the superuser's password file no longer matches", async () => {
    const dataDir = path.join(await scratch(), "postgres");
    await (await startEmbeddedPostgres({ dataDir, port: await freePort() })).stop();
    await writeFile(`${dataDir}-superuser-password`, "x".repeat(43));
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort() })).rejects.toThrow(
      /does not accept the superuser password in .*postgres-superuser-password.*Put back/,
    );
  });
});

describe("the app's role", () => {
  it("cannot make itself a superuser through objects it plants for the launcher's next start", async () => {
    const dataDir = path.join(await scratch(), "postgres");
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      // Operators that win over pg_catalog's when the database's search_path puts public
      // first, running as whoever calls them: the hand-over compared an oid with a regclass,
      // and each object's owner (oid <> oid) with the app's role, in every start.
      await query(
        first.url(),
        `CREATE SEQUENCE public.bait;
         CREATE FUNCTION public.evil(a oid, b regclass) RETURNS boolean LANGUAGE plpgsql SECURITY INVOKER
           AS $$ BEGIN ALTER ROLE registry SUPERUSER; RETURN a OPERATOR(pg_catalog.=) b::oid; END $$;
         CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = public.evil);
         CREATE FUNCTION public.evil(a oid, b oid) RETURNS boolean LANGUAGE plpgsql SECURITY INVOKER
           AS $$ BEGIN ALTER ROLE registry SUPERUSER; RETURN a OPERATOR(pg_catalog.<>) b; END $$;
         CREATE OPERATOR public.<> (LEFTARG = oid, RIGHTARG = oid, FUNCTION = public.evil);
         ALTER DATABASE registry SET search_path = public, pg_catalog`,
      );
    } finally {
      await first.stop();
    }

    const again = await start(dataDir);
    expect(await query(again.url(), "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toEqual([{ rolsuper: false }]);
  });
});
