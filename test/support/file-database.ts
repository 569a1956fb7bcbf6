import { afterAll, inject } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { closeExportPool } from "@/lib/data/exports/export-pool";
import { createDatabase, dropDatabase, uniqueName } from "./databases";

// Each test file gets a database of its own, cloned from the migrated template,
// and the app's data layer (lib/db.ts) connects to it through DATABASE_URL.
// Sessions are signed with it; any fixed value of the right length does for tests.
process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
const serverUrl = inject("serverUrl");
const name = uniqueName("registry_test");
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject("templateDatabase"));

afterAll(async () => {
  const holder = globalThis as unknown as { registryPrisma?: PrismaClient };
  await holder.registryPrisma?.$disconnect();
  holder.registryPrisma = undefined;
  await closeExportPool();
  await dropDatabase(serverUrl, name);
});
