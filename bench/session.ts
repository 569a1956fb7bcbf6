// A signed-in reader for the page benchmark: a viewer account in the benchmark
// database and a session of it, signed with the secret the benchmark's server uses
// (bench/server.ts). Its cookie makes every view a full render: the page cache
// serves only readers who are not signed in.
import { createAuth } from "@/lib/auth/create-auth";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { seedAccounts, type AccountSpec } from "@/prisma/seed/demo-accounts";
import { benchAuthSecret } from "./server";

const BENCH_READER: AccountSpec = { email: "bench-reader@registry.example", name: "Bench reader", role: "viewer", password: "bench-reader-password-1" };

/** The Cookie header of a fresh session of the benchmark's viewer account. */
export async function signedInCookie(databaseUrl: string, port: number): Promise<string> {
  const db = createPrismaClient(databaseUrl);
  try {
    await seedAccounts(db, [BENCH_READER]);
    // As the production server signs its cookies: with its secret, "Secure" names.
    const auth = createAuth(db, { secret: benchAuthSecret, baseURL: `http://localhost:${port}`, secureCookies: true });
    const response = await auth.api.signInEmail({ body: { email: BENCH_READER.email, password: BENCH_READER.password }, asResponse: true });
    if (!response.ok) throw new Error(`signing in the benchmark's reader failed (${response.status}): ${await response.text()}`);
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
    if (cookies.length === 0) throw new Error("signing in the benchmark's reader set no cookie");
    return cookies.join("; ");
  } finally {
    await db.$disconnect();
  }
}
