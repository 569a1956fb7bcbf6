import { describe, expect, it } from "vitest";
import { afterFailure, type FailureStreak } from "@/lib/auth/account-lock";

const start = new Date("2026-12-03T10:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const lockMinutes = (s: FailureStreak) => (s.lockedUntil === null ? 0 : (s.lockedUntil.getTime() - s.lastFailedAt.getTime()) / 60_000);

describe("account lock", () => {
  it("locks after the tenth failure in a row for a minute, then twice as long each time, up to an hour", () => {
    let streak: FailureStreak = { failures: 0, lastFailedAt: start, lockedUntil: null };
    const locks: number[] = [];
    for (let i = 0; i < 18; i++) {
      streak = afterFailure(streak, minutes(i));
      locks.push(lockMinutes(streak));
    }
    expect(locks).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("starts again 15 minutes after the last failure or, when it locked, after the lock ended", () => {
    const unlocked = { failures: 5, lastFailedAt: start, lockedUntil: null };
    expect(afterFailure(unlocked, minutes(14.9)).failures).toBe(6);
    expect(afterFailure(unlocked, minutes(15))).toEqual({ failures: 1, lastFailedAt: minutes(15), lockedUntil: null });
    const locked = { failures: 12, lastFailedAt: start, lockedUntil: minutes(4) };
    expect(afterFailure(locked, minutes(18.9)).failures).toBe(13);
    expect(afterFailure(locked, minutes(19))).toEqual({ failures: 1, lastFailedAt: minutes(19), lockedUntil: null });
  });

  it("holds a guesser who tries once each time a lock ends to one guess per lock, the locks reaching an hour", () => {
    let streak: FailureStreak = { failures: 0, lastFailedAt: start, lockedUntil: null };
    let now = start;
    let guesses = 0;
    const locks: number[] = [];
    while (now.getTime() - start.getTime() < 24 * 60 * 60_000) {
      streak = afterFailure(streak, now);
      guesses++;
      if (streak.lockedUntil) locks.push(lockMinutes(streak));
      // Attempts during a lock are refused unchecked: the guesser waits for its end.
      now = new Date(Math.max(now.getTime() + 1000, streak.lockedUntil?.getTime() ?? 0));
    }
    expect(locks.slice(0, 8)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    // Nine guesses, then one that locks each time.
    expect(guesses).toBe(9 + locks.length);
    expect(guesses).toBeLessThan(40);
  });
});
