// Wrong passwords for one account, from whatever client address: the per-address
// limit (better-auth's) cannot stop a guesser who rotates addresses. After 10 in a
// row, each within 15 minutes of the one before (or of the end of the lock it
// caused), the account is locked for a minute, and every further failure locks it
// twice as long as the last, up to an hour.

const LOCK_AFTER_FAILURES = 10;
const STREAK_WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/** A streak whose last failure is this old neither counts nor locks any more: its window has passed after even the longest lock. */
export const STREAK_FORGOTTEN_AFTER_MS = STREAK_WINDOW_MS + LONGEST_LOCK_MS;

export type FailureStreak = { failures: number; lastFailedAt: Date; lockedUntil: Date | null };

/** The streak after one more failed attempt at `now`; a streak whose window has passed starts again. */
export function afterFailure(streak: FailureStreak, now: Date): FailureStreak {
  // The window runs from the end of the lock too: attempts during a lock are refused
  // uncounted, so from the last failure alone every lock of 15 minutes or more would
  // end its streak, and a guesser who waits for each lock to end would never meet
  // one longer than 16 minutes.
  const since = Math.max(streak.lastFailedAt.getTime(), streak.lockedUntil?.getTime() ?? 0);
  const continues = now.getTime() - since < STREAK_WINDOW_MS;
  const failures = continues ? streak.failures + 1 : 1;
  const beyond = failures - LOCK_AFTER_FAILURES;
  const lockedUntil = beyond < 0 ? null : new Date(now.getTime() + Math.min(FIRST_LOCK_MS * 2 ** beyond, LONGEST_LOCK_MS));
  return { failures, lastFailedAt: now, lockedUntil };
}
