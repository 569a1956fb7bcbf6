// Runs the registry: provide the database (DATABASE_URL or the embedded one),
// apply pending migrations, load the gazetteer (and the demo data on a first run
// of the embedded database), build if the build is missing or stale, then run
// Next.js. Ctrl-C / SIGTERM stop Next.js first, then the database.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { assertPortFree } from "@/lib/system/port";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { migrate } from "@/lib/database/migrate";
import { provideDatabase, type ProvidedDatabase } from "@/lib/database/provide-database";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { readOrCreateSecret } from "@/lib/system/secret-file";
import { DEFAULT_DATA_DIR } from "@/lib/database/provide-database";
import { demoAccounts, seedAccounts, type AccountSpec } from "@/prisma/seed/demo-accounts";
import { demoDataMessage, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { buildIsStale } from "./build-freshness";

export type RunOptions = {
  mode: "start" | "dev";
  /** Load the demo data even if this is not a first run (it is idempotent). */
  seed: boolean;
  /** Accounts to create if missing (the e2e server's); otherwise demo accounts on a first embedded run. */
  accounts?: AccountSpec[];
  /** Called after the database has stopped, before the process exits. */
  onStopped?: () => Promise<void>;
};

const log = (line: string) => console.log(`[registry] ${line}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const PRODUCTION_SERVER = fileURLToPath(new URL("./production-server.mjs", import.meta.url));

export async function runRegistry({ mode, seed, accounts, onStopped }: RunOptions): Promise<void> {
  const env = readEnv();
  let database: ProvidedDatabase;
  try {
    await assertPortFree(env.PORT, "Stop whatever uses it (perhaps another copy of the registry) or set PORT to a free port.");
    database = await provideDatabase(env, log);
  } catch (error) {
    console.error(`[registry] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const running: { next?: ChildProcess } = {};
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const child = running.next;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (database.embedded) {
      log("stopping the embedded database");
      await database.embedded.stop();
    }
    await onStopped?.();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const applied = await migrate(database.url, { log });
    if (applied.length === 0) log("database schema is up to date");
    const db = createPrismaClient(database.url);
    try {
      await seedGazetteer(db);
      const firstRun = database.embedded?.created === true;
      if (firstRun || seed) {
        log(demoDataMessage(await seedDemoData(db)));
      }
      // Demo accounts only on the embedded database's first run: a configured
      // database gets its accounts from `npm run user:create`.
      const made = await seedAccounts(db, accounts ?? (firstRun ? demoAccounts() : []));
      if (made.length > 0 && !accounts) printAccounts(made);
    } finally {
      await db.$disconnect();
    }

    if (mode === "start" && (await buildIsStale())) {
      log("building the app (first start, or the sources changed)…");
      await run([nextBin, "build"], database.url);
    }
  } catch (error) {
    console.error(`[registry] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
    return;
  }

  if (stopping) return;
  const secret = env.BETTER_AUTH_SECRET ?? (await readOrCreateSecret(secretFile(env.REGISTRY_DATA_DIR)));
  // `npm start` serves the build with one worker per core (scripts/production-server.mjs).
  const command = mode === "start" ? [PRODUCTION_SERVER] : [nextBin, mode, "--port", String(env.PORT)];
  const child = spawn(process.execPath, command, {
    stdio: "inherit",
    env: { ...childEnv(database.url), PORT: String(env.PORT), BETTER_AUTH_SECRET: secret },
  });
  log(`serving on http://localhost:${env.PORT}`);
  running.next = child;
  child.once("exit", (code) => void shutdown(code ?? 0));
}

// Beside the embedded database's folder (.data/auth-secret by default), never inside it.
function secretFile(dataDir: string | undefined): string {
  return path.join(path.dirname(dataDir ?? DEFAULT_DATA_DIR), "auth-secret");
}

function printAccounts(accounts: AccountSpec[]): void {
  log("demo accounts (shown this once; change roles at /admin/users):");
  for (const a of accounts) log(`  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`);
}

function run(command: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const [bin, ...rest] = command;
    const proc = spawn(process.execPath, [bin as string, ...rest], {
      stdio: "inherit",
      env: childEnv(databaseUrl),
    });
    proc.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}

// Next.js telemetry would try to reach the internet, which these machines cannot.
function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: databaseUrl };
}

