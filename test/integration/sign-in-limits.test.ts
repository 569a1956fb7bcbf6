import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { liftSignInLockAction } from "@/lib/actions/account-actions";
import { signInAction } from "@/lib/actions/session-actions";
import { getPrisma } from "@/lib/db";
import { claimSignInAttempt } from "@/lib/data/sign-in-locks/sign-in-attempts";
import { createAccount } from "@/lib/data/users/create-account";
import { listAccounts } from "@/lib/data/users/list-accounts";
import { callAction, formDataOf, signedIn } from "../support/sessions";

// Sign-in limits as the sign-in form meets them: the Server Action, better-auth and
// PostgreSQL are real; next/headers stands in for the request (its X-Forwarded-For
// as the registry's front server leaves it: the client address it resolved), and
// `npm run user:unlock` runs as the command it is.

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const run = promisify(execFile);
const initial = { fieldErrors: {}, values: { email: "", password: "" } };

async function signInFrom(address: string, email: string, password: string) {
  request.headers = new Headers({ "x-forwarded-for": address });
  return callAction(() => signInAction(initial, formDataOf({ email, password, next: "/incidents" })));
}

describe("sign-in limits", () => {
  it("locks an account after wrong passwords from many addresses, and says when to try again", async () => {
    const email = "guessed@test.example";
    const password = "the-right-password";
    const userId = await createAccount({ email, name: "Guessed", role: "viewer", password });
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await signInFrom(`203.0.113.${i + 1}`, email, `wrong-password-${i}`));
    expect(answers.slice(0, 10).every((a) => "formError" in a && a.formError?.includes("do not match"))).toBe(true);

    const right = await signInFrom("203.0.113.200", email, password);
    expect(right).not.toHaveProperty("redirectedTo");
    expect(right).toMatchObject({ formError: expect.stringMatching(/wrong passwords for this account.*Wait \d+ minutes?, then try again/) });

    // An administrator sees the lock on /admin/users and lifts it, with a history row.
    const locked = (await listAccounts()).find((a) => a.id === userId);
    expect(Date.parse(locked!.signInLockedUntil!)).toBeGreaterThan(Date.now());
    const admin = await signedIn("admin");
    request.headers = new Headers({ cookie: admin.cookie });
    expect(await liftSignInLockAction(userId)).toMatchObject({ lifted: true });
    expect((await listAccounts()).find((a) => a.id === userId)?.signInLockedUntil).toBeNull();
    expect(await getPrisma().auditEvent.findFirst({ where: { entityKey: userId, action: "sign_in_unlock" } })).toMatchObject({
      actorId: admin.userId,
      before: { failures: 10 },
      after: { failures: 0, lockedUntil: null },
    });
    expect(await signInFrom("203.0.113.201", email, password)).toEqual({ redirectedTo: "/incidents" });
  });

  it("counts against an account only attempts the per-address limit let through", async () => {
    const email = "admin-target@test.example";
    const password = "the-right-password";
    await createAccount({ email, name: "Target", role: "admin", password });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signInFrom("198.51.100.7", email, `wrong-password-${i}`)));
    expect(answers.filter((a) => "formError" in a && a.formError?.includes("from this address"))).toHaveLength(25);
    expect(await getPrisma().signInFailure.findUnique({ where: { email } })).toMatchObject({ failures: 5, lockedUntil: null });
    expect(await signInFrom("198.51.100.8", email, password)).toEqual({ redirectedTo: "/incidents" });
    // The right password ends the streak.
    expect(await getPrisma().signInFailure.findUnique({ where: { email } })).toBeNull();
  });

  it("forgets, at most once a minute, the failures of an email nobody has tried since the window after the longest lock", async () => {
    const db = getPrisma();
    // Later than any sweep the tests before made.
    const now = Date.now() + 10 * 60_000;
    const ago = (minutes: number, from = now) => new Date(from - minutes * 60_000);
    await db.signInFailure.create({ data: { email: "typo@test.example", failures: 3, lastFailedAt: ago(76) } });
    // An hour's lock that ended 10 minutes ago: the next failure still continues its streak.
    await db.signInFailure.create({ data: { email: "locked@test.example", failures: 16, lastFailedAt: ago(70), lockedUntil: ago(10) } });
    await claimSignInAttempt("someone-else@test.example", { now: new Date(now) });
    expect(await db.signInFailure.findUnique({ where: { email: "typo@test.example" } })).toBeNull();
    expect(await db.signInFailure.findUnique({ where: { email: "locked@test.example" } })).toMatchObject({ failures: 16 });

    // Within the minute, attempts do not sweep again; after it, one does.
    await db.signInFailure.create({ data: { email: "typo-2@test.example", failures: 1, lastFailedAt: ago(80) } });
    await claimSignInAttempt("someone-else@test.example", { now: new Date(now + 59_000) });
    expect(await db.signInFailure.findUnique({ where: { email: "typo-2@test.example" } })).not.toBeNull();
    await claimSignInAttempt("someone-else@test.example", { now: new Date(now + 60_000) });
    expect(await db.signInFailure.findUnique({ where: { email: "typo-2@test.example" } })).toBeNull();
  });

  it("is lifted by `npm run user:unlock -- --email`, with a history row by the registry itself", async () => {
    const email = "unlock-me@test.example";
    const userId = await createAccount({ email, name: "Unlock", role: "admin", password: "the-right-password" });
    const lockedUntil = new Date(Date.now() + 30 * 60_000);
    await getPrisma().signInFailure.create({ data: { email, failures: 15, lastFailedAt: new Date(), lockedUntil } });
    const unlock = (address: string) =>
      run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/user-unlock.ts", "--email", address], { env: process.env });

    expect((await unlock("Unlock-Me@test.example")).stdout).toContain("lifted the sign-in lock of Unlock-Me@test.example");
    expect(await getPrisma().signInFailure.findUnique({ where: { email } })).toBeNull();
    expect(await getPrisma().auditEvent.findFirst({ where: { entityKey: userId, action: "sign_in_unlock" } })).toMatchObject({
      actorId: null,
      before: { failures: 15, lockedUntil: lockedUntil.toISOString() },
    });
    expect((await unlock(email)).stdout).toContain(`${email} has no sign-in lock`);
    await expect(unlock("nobody@test.example")).rejects.toMatchObject({ stderr: expect.stringContaining("There is no account for nobody@test.example") });
  });

  it("lets only an administrator lift a lock", async () => {
    const viewer = await signedIn("viewer");
    request.headers = new Headers({ cookie: viewer.cookie });
    expect(await liftSignInLockAction(viewer.userId)).toMatchObject({ formError: expect.stringContaining("needs the administrator role") });
  });
});
