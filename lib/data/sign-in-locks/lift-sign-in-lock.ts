import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { NotFoundError } from "@/lib/data/errors";
import { lockKeyOf } from "@/lib/data/sign-in-locks/sign-in-attempts";

/**
 * Ends an account's lock and its count of wrong passwords, with a history row: an
 * administrator on /admin/users names the account by id, `npm run user:unlock` by
 * email (actorId null: the registry itself). False when there was nothing to lift.
 */
export async function liftSignInLock(
  account: { id: string } | { email: string },
  { actorId, db = getPrisma() }: { actorId: string | null; db?: PrismaClient },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const where = "id" in account ? { id: account.id } : { email: lockKeyOf(account.email) };
    const user = await tx.user.findUnique({ where, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("id" in account ? "That account does not exist. Reload the page." : `There is no account for ${account.email}.`);
    const email = lockKeyOf(user.email);
    const lifted = await tx.signInFailure.findUnique({ where: { email } });
    if (!lifted) return false; // unlocked meanwhile (a right password): nothing to record
    await tx.signInFailure.delete({ where: { email } });
    const lockedUntil = lifted.lockedUntil?.toISOString() ?? null;
    await recordAudit(tx, {
      actorId,
      entity: "user",
      entityKey: user.id,
      action: "sign_in_unlock",
      before: { failures: lifted.failures, lockedUntil },
      after: { failures: 0, lockedUntil: null },
    });
    return true;
  });
}
