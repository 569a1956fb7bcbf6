import "server-only";
import type { UserRole } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";

export type AccountRow = { id: string; name: string; email: string; role: UserRole; createdAt: string };

// Accounts are a handful per registry; a cap keeps the page bounded all the same.
const MAX_ACCOUNTS = 1000;

/** Every account, by name; never the password hash or sessions. */
export async function listAccounts(): Promise<AccountRow[]> {
  const rows = await getPrisma().user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: MAX_ACCOUNTS,
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
