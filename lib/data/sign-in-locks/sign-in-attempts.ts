import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { afterFailure, STREAK_FORGOTTEN_AFTER_MS, type FailureStreak } from "@/lib/auth/account-lock";

export type AttemptClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The key of an email's failures: the email as typed, lower-cased as better-auth compares it. */
export function lockKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

/** How often each server process deletes forgotten streaks: a stale row only takes room, so one sweep a minute is enough. */
const SWEEP_EVERY_MS = 60_000;
let lastSweptAt = -Infinity;

/** Rows of emails nobody tries any more (typos, guesses at accounts that do not exist) go, at most once a minute. */
async function sweepForgottenStreaks(db: PrismaClient, now: Date): Promise<void> {
  if (now.getTime() - lastSweptAt < SWEEP_EVERY_MS) return;
  lastSweptAt = now.getTime();
  await db.signInFailure.deleteMany({ where: { lastFailedAt: { lt: new Date(now.getTime() - STREAK_FORGOTTEN_AFTER_MS) } } });
}

/**
 * Counts a sign-in attempt for `email` as a failure before its password is checked
 * (clearSignInFailures undoes that when it was right), so that attempts sent at the
 * same moment cannot all pass a count none of them has raised yet. While the email
 * is locked the attempt is refused, uncounted, with the seconds left. Called only
 * for attempts the per-address limit let through (lib/auth/create-auth.ts).
 */
export async function claimSignInAttempt(email: string, { db = getPrisma(), now = new Date() }: { db?: PrismaClient; now?: Date } = {}): Promise<AttemptClaim> {
  const key = lockKeyOf(email);
  await sweepForgottenStreaks(db, now);
  return db.$transaction(async (tx) => {
    // A row to lock: concurrent attempts on one email take turns here.
    await tx.$executeRaw`INSERT INTO sign_in_failures (email, failures, last_failed_at) VALUES (${key}, 0, ${now}) ON CONFLICT (email) DO NOTHING`;
    const [streak] = await tx.$queryRaw<FailureStreak[]>`
      SELECT failures, last_failed_at AS "lastFailedAt", locked_until AS "lockedUntil" FROM sign_in_failures WHERE email = ${key} FOR UPDATE`;
    if (streak!.lockedUntil && streak!.lockedUntil > now) {
      return { allowed: false, retryAfterSeconds: Math.ceil((streak!.lockedUntil.getTime() - now.getTime()) / 1000) };
    }
    await tx.signInFailure.update({ where: { email: key }, data: afterFailure(streak!, now) });
    return { allowed: true };
  });
}

/** After a right password: the streak of failures ends. */
export async function clearSignInFailures(email: string, db = getPrisma()): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email: lockKeyOf(email) } });
}
