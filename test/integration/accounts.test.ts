import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { getPrisma } from "@/lib/db";
import { RuleError } from "@/lib/data/errors";
import { changeRole } from "@/lib/data/users/change-role";
import { createAccount } from "@/lib/data/users/create-account";
import { demoAccounts, seedAccounts } from "@/prisma/seed/demo-accounts";

describe("accounts", () => {
  it("first run: one demo account per role, each able to sign in with its printed password; a second run adds none", async () => {
    const accounts = demoAccounts();
    expect(accounts.map((a) => a.role)).toEqual(["viewer", "reporter", "editor", "admin"]);
    expect(new Set(accounts.map((a) => a.password)).size).toBe(4);
    const created = await seedAccounts(getPrisma(), accounts);
    expect(created).toHaveLength(4);
    for (const [i, a] of accounts.entries()) {
      expect(await signInWithPassword(a.email, a.password, `192.0.2.${100 + i}`)).toMatchObject({ ok: true });
      expect(await getPrisma().user.findUnique({ where: { email: a.email }, select: { role: true } })).toEqual({ role: a.role });
    }
    expect(await seedAccounts(getPrisma(), demoAccounts())).toEqual([]);
    // The stored password is better-auth's hash, never the password itself.
    const stored = await getPrisma().account.findMany({ where: { providerId: "credential" }, select: { password: true } });
    expect(stored.every((s) => s.password && !accounts.some((a) => s.password!.includes(a.password)))).toBe(true);
  });

  it("refuses a second account with the same email", async () => {
    await createAccount({ email: "twice@test.example", name: "Twice", role: "viewer", password: "a-long-password" });
    await expect(createAccount({ email: "twice@test.example", name: "Again", role: "admin", password: "a-long-password" })).rejects.toThrow(
      "There is already an account for twice@test.example.",
    );
  });

  it("keeps at least one administrator", async () => {
    const db = getPrisma();
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const only = await createAccount({ email: "only-admin@test.example", name: "Only", role: "admin", password: "a-long-password" });
    await expect(changeRole(only, "viewer", only)).rejects.toBeInstanceOf(RuleError);
    expect((await db.user.findUniqueOrThrow({ where: { id: only } })).role).toBe("admin");
    const second = await createAccount({ email: "second-admin@test.example", name: "Second", role: "admin", password: "a-long-password" });
    await changeRole(only, "viewer", second);
    expect((await db.user.findUniqueOrThrow({ where: { id: only } })).role).toBe("viewer");
  });
});
