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

  it("starts again when the last failure is 15 minutes old", () => {
    const streak = { failures: 12, lastFailedAt: start, lockedUntil: minutes(4) };
    expect(afterFailure(streak, minutes(14.9)).failures).toBe(13);
    expect(afterFailure(streak, minutes(15))).toEqual({ failures: 1, lastFailedAt: minutes(15), lockedUntil: null });
  });
});
