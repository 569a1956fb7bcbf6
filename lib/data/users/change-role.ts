import "server-only";
import type { UserRole } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { NotFoundError, RuleError } from "@/lib/data/errors";

/** Gives an account a new role, with a history row; the last administrator keeps theirs. */
export async function changeRole(userId: string, role: UserRole, actorId: string): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    // Locks the administrators, so two demotions at once cannot leave none.
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'admin' FOR UPDATE`;
    const current = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!current) throw new NotFoundError("That account does not exist. Reload the page.");
    if (current.role === role) return;
    if (current.role === "admin" && admins.length === 1) {
      throw new RuleError(`${current.email} is the only administrator: make another account admin first.`, "role");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId, entity: "user", entityKey: userId, action: "role_change", before: { role: current.role }, after: { role } });
  });
}
