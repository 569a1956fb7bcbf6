// The server Playwright tests run against: a fresh database every run, so tests
// never touch the registry's own data. With DATABASE_URL, a sibling database
// "<name>_e2e" on the same server; without it, an embedded PostgreSQL in a
// temporary folder named for its port (e2eDataDir), where the tests find its
// password. One account per role (e2e/support/accounts.ts).
import { chmod, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { readEnv } from "@/lib/env";
import { assertPortFree } from "@/lib/system/port";
import { E2E_ACCOUNTS } from "@/e2e/support/accounts";
import { E2E_EMBEDDED_PORT, e2eDataDir } from "@/e2e/support/database";
import { runRegistry } from "./run-registry";

const env = readEnv();
let cleanup: (() => Promise<void>) | undefined;

if (env.DATABASE_URL) {
  const url = new URL(env.DATABASE_URL);
  const name = `${url.pathname.slice(1) || "registry"}_e2e`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  await client.end();
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  process.env.EMBEDDED_PG_PORT = String(E2E_EMBEDDED_PORT);
  const dataDir = e2eDataDir();
  const dir = path.dirname(dataDir);
  // Another e2e server on this port would lose its folder below: refuse first.
  await assertPortFree(E2E_EMBEDDED_PORT, "Stop the other e2e run, or set EMBEDDED_PG_PORT to a free port.");
  await rm(dir, { recursive: true, force: true }); // left by a run that was killed
  await mkdir(dir, { mode: 0o755 });
  await chmod(dir, 0o755); // the server may run as user "postgres" (see embedded-postgres.ts)
  process.env.REGISTRY_DATA_DIR = dataDir;
  cleanup = () => rm(dir, { recursive: true, force: true });
}

// Playwright stands where a proxy would: specs give their sign-ins client addresses of
// their own (X-Forwarded-For), so that one spec's attempts spend no other's limit.
process.env.TRUSTED_PROXIES ??= "127.0.0.1, ::1";

await runRegistry({ mode: "start", seed: true, accounts: Object.values(E2E_ACCOUNTS), onStopped: cleanup });
