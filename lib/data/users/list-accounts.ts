import "server-only";
import type { UserRole } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { lockKeyOf } from "@/lib/data/sign-in-locks/sign-in-attempts";

export type AccountRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  createdAt: string;
  /** Until when sign-in is refused after too many wrong passwords; null when it is not. */
  signInLockedUntil: string | null;
};

// Accounts are a handful per registry; a cap keeps the page bounded all the same.
const MAX_ACCOUNTS = 1000;

/** Every account, by name, and whether it is locked; never the password hash or sessions. */
export async function listAccounts(now = new Date()): Promise<AccountRow[]> {
  const [rows, locks] = await Promise.all([
    getPrisma().user.findMany({
      orderBy: [{ name: "asc" }, { email: "asc" }],
      take: MAX_ACCOUNTS,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
    getPrisma().signInFailure.findMany({ where: { lockedUntil: { gt: now } }, select: { email: true, lockedUntil: true } }),
  ]);
  const lockedUntil = new Map(locks.map((l) => [l.email, l.lockedUntil!.toISOString()]));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), signInLockedUntil: lockedUntil.get(lockKeyOf(r.email)) ?? null }));
}
