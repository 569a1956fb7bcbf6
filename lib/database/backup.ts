import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import pg from "pg";
import { connectCreatingDatabase } from "@/lib/database/migrate";
import { findPgTool } from "@/lib/database/pg-tools";

// Backup and restore of a whole registry database with pg_dump / pg_restore, in
// pg_dump's custom format (compressed; restorable table by table if ever needed).

export class BackupError extends Error {}

type Log = (line: string) => void;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function serverMajor(url: string): Promise<number> {
  const { rows } = await withClient(url, (c) => c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v"));
  return Math.floor(Number(rows[0]?.v) / 10000);
}

// The password travels in the environment, not on the command line where `ps` shows it.
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function runTool(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.once("error", (error) => reject(new BackupError(`${bin} could not run: ${error.message}`)));
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${bin} failed (exit ${code}):\n  ${errors.trim().split("\n").slice(-5).join("\n  ")}`)),
    );
  });
}

// Who is signed in, and for how long: a leaked backup must not hand out live sessions
// or reset tokens. Their tables are kept (empty), so a restored registry works.
const SIGN_IN_STATE_TABLES = ["sessions", "rate_limits", "auth_verifications"];

// A backup holds password hashes: the file is private to its owner before pg_dump
// writes a byte into it (pg_dump truncates an existing file, keeping its mode).
async function createPrivateFile(file: string): Promise<void> {
  const handle = await open(file, "w", 0o600);
  try {
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
}

type BackupOptions = {
  log?: Log;
  /** Keep the sessions, rate-limit counters and one-time tokens too. */
  withSessions?: boolean;
};

/** Writes the database at `url` to `file` with pg_dump; returns the pg_dump used. */
export async function backupDatabase(
  url: string,
  file: string,
  { log = () => {}, withSessions = false }: BackupOptions = {},
): Promise<string> {
  const tool = await findPgTool("pg_dump", await serverMajor(url));
  const { dbname, env } = connection(url);
  log(`writing ${file} with ${tool.path}${withSessions ? "" : " (without sessions, rate limits and one-time tokens)"}`);
  await createPrivateFile(file);
  const leftOut = withSessions ? [] : SIGN_IN_STATE_TABLES.map((table) => `--exclude-table-data=public.${table}`);
  await runTool(tool.path, ["--format=custom", "--no-owner", "--no-privileges", ...leftOut, `--file=${file}`, `--dbname=${dbname}`], env);
  return tool.path;
}

/** The tables, sequences and types already in the database's public schema. */
async function objectsIn(url: string): Promise<number> {
  const { rows } = await withClient(url, (c) =>
    c.query<{ n: number }>(`
      SELECT (SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace WHERE n.nspname = 'public' AND k.relkind IN ('r', 'p', 'S', 'v', 'm'))
           + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0) AS n`),
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Restores `file` into the database at `url`, which must be empty: restoring over
 * a registry would mix two sets of references. All or nothing (one transaction).
 */
export async function restoreDatabase(url: string, file: string, log: Log = () => {}): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}. Give the path of a file made by npm run db:backup.`);
  await (await connectCreatingDatabase(url, log)).end();
  const existing = await objectsIn(url);
  if (existing > 0) {
    const name = new URL(url).pathname.slice(1);
    throw new BackupError(
      `The database "${name}" is not empty (${existing} tables, sequences or types), so nothing was restored. ` +
        `Restore into an empty database: set DATABASE_URL to a new database name (it is created if missing), ` +
        `or, for the embedded database, set REGISTRY_DATA_DIR to a new folder.`,
    );
  }
  const tool = await findPgTool("pg_restore", await serverMajor(url));
  const { dbname, env } = connection(url);
  log(`restoring ${file} with ${tool.path}`);
  await runTool(
    tool.path,
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, file],
    env,
  );
}
