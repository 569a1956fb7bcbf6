import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { ConflictError, isUniqueViolation } from "@/lib/data/errors";
import type { NewAccount } from "@/lib/validations/account";

/**
 * Creates an account that signs in with email and password: better-auth's user and
 * "credential" account rows (its own password hash) and a history row, in one transaction.
 */
export async function createAccount(
  account: NewAccount,
  { actorId = null, db = getPrisma() }: { actorId?: string | null; db?: PrismaClient } = {},
): Promise<string> {
  const password = await hashPassword(account.password);
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { id, email: account.email, name: account.name, role: account.role, emailVerified: true } });
      await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password } });
      await recordAudit(tx, {
        actorId,
        entity: "user",
        entityKey: id,
        action: "create",
        before: null,
        after: { email: account.email, name: account.name, role: account.role },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new ConflictError(`There is already an account for ${account.email}.`);
    throw error;
  }
  return id;
}
