// `npm start` / `npm run dev`: provide the database (DATABASE_URL or the embedded
// one), apply pending migrations, load the gazetteer (and the demo data on a
// first run of the embedded database), build if the build is missing or stale,
// then run Next.js. Ctrl-C / SIGTERM stop Next.js first, then the database.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { migrate } from "@/lib/database/migrate";
import { provideDatabase } from "@/lib/database/provide-database";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { buildIsStale } from "./build-freshness";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "boolean", default: false } },
});
const mode = positionals[0] === "dev" ? "dev" : "start";
const log = (line: string) => console.log(`[registry] ${line}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main() {
  const env = readEnv();
  const database = await provideDatabase(env, log);
  let child: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (database.embedded) {
      log("stopping the embedded database");
      await database.embedded.stop();
    }
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
      if (firstRun || args.seed) {
        const { created } = await seedDemoData(db);
        log(`demo data: ${created.length} incidents added`);
      }
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
  child = spawn(process.execPath, [nextBin, mode, "--port", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  log(`serving on http://localhost:${env.PORT}`);
  child.once("exit", (code) => void shutdown(code ?? 0));
}

function run(command: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const [bin, ...rest] = command;
    const proc = spawn(process.execPath, [bin as string, ...rest], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    proc.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}

void main();
