import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { ROLES, type Role } from "@/lib/auth/roles";
import { createAccount } from "@/lib/data/users/create-account";

export type AccountSpec = { email: string; name: string; role: Role; password: string };

/** One demo account per role, each with a fresh random password. */
export function demoAccounts(): AccountSpec[] {
  return ROLES.map((role) => ({
    email: `${role}@registry.example`,
    name: `Demo ${role}`,
    role,
    password: randomBytes(12).toString("base64url"),
  }));
}

/** Creates the accounts that do not exist yet; returns those it created. */
export async function seedAccounts(db: PrismaClient, accounts: AccountSpec[]): Promise<AccountSpec[]> {
  const created: AccountSpec[] = [];
  for (const account of accounts) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    await createAccount(account, { db });
    created.push(account);
  }
  return created;
}
