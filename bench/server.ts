// The production build, served by `next start` against the benchmark database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { assertPortFree } from "@/lib/system/port";
import { buildIsStale } from "@/scripts/build-freshness";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const PRODUCTION_SERVER = fileURLToPath(new URL("../scripts/production-server.mjs", import.meta.url));

export type BenchServer = { origin: string; port: number; launcherPid: number; serverPids: () => number[]; stop: () => Promise<void> };

// PUBLIC_READ is on so that the pages can be read by a visitor as well as by a
// signed-in reader (bench/session.ts).
/** The server's session secret, known to the bench so that it can sign a reader in (bench/session.ts). */
export const benchAuthSecret = process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex");

function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    PUBLIC_READ: "1",
    BETTER_AUTH_SECRET: benchAuthSecret,
  };
}

export async function buildIfStale(databaseUrl: string, log: (line: string) => void): Promise<void> {
  if (!(await buildIsStale())) return;
  log("building the app (no build, or the sources changed)…");
  await new Promise<void>((resolve, reject) => {
    const proc = spawn(process.execPath, [nextBin, "build"], { stdio: ["ignore", "inherit", "inherit"], env: childEnv(databaseUrl) });
    proc.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}

export async function startServer(databaseUrl: string, port: number, log: (line: string) => void): Promise<BenchServer> {
  await assertPortFree(port, "Set BENCH_PORT to a free port.");
  // The server `npm start` runs: one worker per core (scripts/production-server.mjs).
  const child: ChildProcess = spawn(process.execPath, [PRODUCTION_SERVER], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...childEnv(databaseUrl), PORT: String(port), HOST: "127.0.0.1" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${origin}/api/health did not answer 200 within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`production server on ${origin} (pid ${child.pid})`);
  const launcherPid = child.pid!;
  return { origin, port, launcherPid, serverPids: () => serverProcesses(launcherPid), stop };
}

/** The server and its workers: the launcher and every process below it. */
export function serverProcesses(launcherPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const all = [launcherPid];
  for (let i = 0; i < all.length; i++) {
    for (const [child, parent] of parents) if (parent === all[i]) all.push(child);
  }
  return all;
}

/** Resident memory of the server's processes together, in KiB. */
export function totalRssKiB(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (rssKiB(pid) ?? 0), 0);
}

/** VmRSS of a process in KiB, or null when it is gone. */
export function rssKiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 80);
  } catch {
    return "?";
  }
}
