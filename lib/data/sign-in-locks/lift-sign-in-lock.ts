import "server-only";
import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { NotFoundError } from "@/lib/data/errors";
import { lockKeyOf } from "@/lib/data/sign-in-locks/sign-in-attempts";

/** An administrator ends an account's lock and its count of wrong passwords, with a history row. */
export async function liftSignInLock(userId: string, actorId: string): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new NotFoundError("That account does not exist. Reload the page.");
    const email = lockKeyOf(user.email);
    const lifted = await tx.signInFailure.findUnique({ where: { email } });
    if (!lifted) return; // unlocked meanwhile (a right password): nothing to record
    await tx.signInFailure.delete({ where: { email } });
    const lockedUntil = lifted.lockedUntil?.toISOString() ?? null;
    await recordAudit(tx, {
      actorId,
      entity: "user",
      entityKey: userId,
      action: "sign_in_unlock",
      before: { failures: lifted.failures, lockedUntil },
      after: { failures: 0, lockedUntil: null },
    });
  });
}
