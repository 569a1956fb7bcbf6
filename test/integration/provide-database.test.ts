import { writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { provideDatabaseForTask } from "@/lib/database/provide-database";
import { readEnv } from "@/lib/env";
import { freePort } from "../support/free-port";
import { scratchFolder } from "../support/scratch-folder";

// db:backup, db:restore and db:migrate beside `npm start`: they use the embedded
// database it runs, and send the app's password to nothing else.

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const scratch = () => scratchFolder(cleanups);

function embeddedEnv(dataDir: string, port: number) {
  return readEnv({ NODE_ENV: "test", REGISTRY_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
}

/** A server on `port` that asks whoever connects for a password in clear, and keeps what it gets. */
async function squatter(port: number): Promise<Buffer[]> {
  const received: Buffer[] = [];
  const server = net.createServer((socket) => {
    socket.once("data", () => {
      // AuthenticationCleartextPassword
      socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]));
      socket.on("data", (chunk) => {
        received.push(chunk);
        socket.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return received;
}

describe("a task beside the registry", () => {
  it("uses the embedded database the registry is running", async () => {
    const dataDir = path.join(await scratch(), "postgres");
    const port = await freePort();
    const embedded = await startEmbeddedPostgres({ dataDir, port });
    cleanups.push(() => embedded.stop());

    const lines: string[] = [];
    const provided = await provideDatabaseForTask(embeddedEnv(dataDir, port), (line) => lines.push(line));
    expect(provided).toEqual({ url: embedded.url(), embedded: null });
    expect(lines).toEqual([`using the embedded database already running on 127.0.0.1:${port}`]);
    const client = new pg.Client({ connectionString: provided.url });
    await client.connect();
    await client.end();
  });

  it("sends the app's password to nothing else listening on the embedded database's port", async () => {
    const dataDir = path.join(await scratch(), "postgres");
    // As a registry that ran once and is stopped leaves it.
    await writeFile(`${dataDir}-registry-password`, "p".repeat(43), { mode: 0o600 });
    const port = await freePort();
    const received = await squatter(port);

    await expect(provideDatabaseForTask(embeddedEnv(dataDir, port), () => {})).rejects.toThrow(/cannot start there/);
    expect(Buffer.concat(received).toString()).not.toContain("p".repeat(43));
  });
});
