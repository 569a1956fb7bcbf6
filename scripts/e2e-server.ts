// The server Playwright tests run against: a fresh database every run, so tests
// never touch the registry's own data. With DATABASE_URL, a sibling database
// "<name>_e2e" on the same server; without it, an embedded PostgreSQL in a
// temporary folder on its own port. One account per role (e2e/support/accounts.ts).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readEnv } from "@/lib/env";
import { E2E_ACCOUNTS } from "@/e2e/support/accounts";
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
  const dir = await mkdtemp(path.join(os.tmpdir(), "landmine-registry-e2e-"));
  await chmod(dir, 0o755); // the server may run as user "postgres" (see embedded-postgres.ts)
  process.env.REGISTRY_DATA_DIR = path.join(dir, "postgres");
  process.env.EMBEDDED_PG_PORT ??= "54339";
  cleanup = () => rm(dir, { recursive: true, force: true });
}

// Playwright stands where a proxy would: specs give their sign-ins client addresses of
// their own (X-Forwarded-For), so that one spec's attempts spend no other's limit.
process.env.TRUSTED_PROXIES ??= "127.0.0.1, ::1";

await runRegistry({ mode: "start", seed: true, accounts: Object.values(E2E_ACCOUNTS), onStopped: cleanup });
