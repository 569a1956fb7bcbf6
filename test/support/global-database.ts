import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { migrate } from "@/lib/database/migrate";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { createDatabase, dropDatabase, uniqueName } from "./databases";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

// Integration tests run against a real PostgreSQL: the server in DATABASE_URL when
// it is set, otherwise an embedded one started for this run in a temporary folder.
export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "landmine-registry-test-"));
    await chmod(dir, 0o755); // the server may run as user "postgres"
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: await freePort() });
    // The tests make and drop databases of their own: the superuser's work.
    serverUrl = embedded.superuserUrl();
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }

  const template = uniqueName("registry_test_template");
  const templateUrl = await createDatabase(serverUrl, template);
  await migrate(templateUrl);
  const db = createPrismaClient(templateUrl);
  await seedGazetteer(db);
  await db.$disconnect();

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await dropDatabase(serverUrl, template);
    await stopServer();
  };
}
