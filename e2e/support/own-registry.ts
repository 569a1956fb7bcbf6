// A production server of its own, on its own embedded PostgreSQL, for tests that
// stop the database: the shared e2e server's database must stay up for the others.
// It runs the build the e2e server made, served as `npm start` serves it
// (scripts/production-server.mjs, here with one process so that its pid is the server's).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { migrate } from "@/lib/database/migrate";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded-postgres";
import { expect, type Page } from "@playwright/test";
import { fillIncident, waitForFormReady, type IncidentData } from "./incident-form";

export type OwnRegistry = {
  baseUrl: string;
  /** The Next.js server process: the same one before and after an outage. */
  serverPid: number;
  stopDatabase: () => Promise<void>;
  startDatabase: () => Promise<void>;
  close: () => Promise<void>;
};

/** The account startOwnRegistry() creates in its database. */
export const OWN_EDITOR = { email: "outage-editor@e2e.example", role: "editor", password: "outage-editor-password-1" } as const;

function createAccount(databaseUrl: string, account: typeof OWN_EDITOR): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const child = spawn(
      process.execPath,
      [tsx, "--conditions=react-server", "scripts/user-create.ts", "--email", account.email, "--role", account.role],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["pipe", "ignore", "inherit"] },
    );
    child.stdin!.end(`${account.password}\n`);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`user:create exited with ${code}`))));
  });
}

export type OwnRegistryOptions = {
  port: number;
  databasePort: number;
  /** Settings of the server beyond the database's, e.g. { PUBLIC_READ: "1" }. */
  env?: Record<string, string>;
};

export async function startOwnRegistry({ port, databasePort, env = {} }: OwnRegistryOptions): Promise<OwnRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "landmine-registry-outage-"));
  await chmod(dir, 0o755); // the database may run as user "postgres"
  const dataDir = path.join(dir, "postgres");
  let database: EmbeddedDatabase | null = await startEmbeddedPostgres({ dataDir, port: databasePort });
  const url = database.url();
  await migrate(url);
  const db = createPrismaClient(url);
  await seedGazetteer(db);
  await db.$disconnect();
  // An editor of its own, made as an administrator would: npm run user:create.
  await createAccount(url, OWN_EDITOR);

  const server: ChildProcess = spawn(process.execPath, ["scripts/production-server.mjs"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      PORT: String(port),
      WEB_CONCURRENCY: "1",
      ...env,
    },
    stdio: "ignore",
  });
  const baseUrl = `http://localhost:${port}`;
  await waitFor(async () => (await fetch(`${baseUrl}/api/health`)).ok, 60_000);

  return {
    baseUrl,
    serverPid: server.pid ?? -1,
    stopDatabase: async () => {
      await database?.stop();
      database = null;
    },
    startDatabase: async () => {
      database = await startEmbeddedPostgres({ dataDir, port: databasePort });
    },
    close: async () => {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
      await database?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in as OWN_EDITOR on `registry` through the sign-in form, and fills in "Log an incident" (not yet saved). */
export async function signInAndFillIncident(page: Page, registry: Pick<OwnRegistry, "baseUrl">, incident: IncidentData): Promise<void> {
  await page.goto(`${registry.baseUrl}/sign-in?next=${encodeURIComponent("/incidents/new")}`);
  await page.getByLabel("Email").fill(OWN_EDITOR.email);
  await page.getByLabel("Password").fill(OWN_EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/incidents\/new$/);
  await waitForFormReady(page);
  await fillIncident(page, incident);
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Still not ready after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
