import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/** A Prisma client over node-postgres; lib/db.ts holds the app's one instance. */
export function createPrismaClient(connectionString: string): PrismaClient {
  // A connection attempt that gets no answer fails after 5 s instead of holding the
  // request (and a save) indefinitely while the database is unreachable.
  const adapter = new PrismaPg({ connectionString, max: 10, connectionTimeoutMillis: 5000 });
  return new PrismaClient({ adapter });
}
