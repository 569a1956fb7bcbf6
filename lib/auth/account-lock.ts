// Wrong passwords for one account, from whatever client address: the per-address
// limit (better-auth's) cannot stop a guesser who rotates addresses. After 10 in a
// row, each within 15 minutes of the one before, the account is locked for a minute,
// and every further failure locks it twice as long as the last, up to an hour.

const LOCK_AFTER_FAILURES = 10;
const STREAK_WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/** A streak whose last failure is this old neither counts nor locks any more. */
export const STREAK_FORGOTTEN_AFTER_MS = Math.max(STREAK_WINDOW_MS, LONGEST_LOCK_MS);

export type FailureStreak = { failures: number; lastFailedAt: Date; lockedUntil: Date | null };

/** The streak after one more failed attempt at `now`; a streak whose last failure is older than the window starts again. */
export function afterFailure(streak: FailureStreak, now: Date): FailureStreak {
  const continues = now.getTime() - streak.lastFailedAt.getTime() < STREAK_WINDOW_MS;
  const failures = continues ? streak.failures + 1 : 1;
  const beyond = failures - LOCK_AFTER_FAILURES;
  const lockedUntil = beyond < 0 ? null : new Date(now.getTime() + Math.min(FIRST_LOCK_MS * 2 ** beyond, LONGEST_LOCK_MS));
  return { failures, lastFailedAt: now, lockedUntil };
}
