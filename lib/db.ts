import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { requireDatabaseUrl } from "@/lib/env";

// One client per process (dev-mode reloads would otherwise open a pool each time),
// created on first use so that `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { registryPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  globalForPrisma.registryPrisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.registryPrisma;
}
