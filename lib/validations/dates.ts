// Calendar dates travel as "YYYY-MM-DD" strings: they name a day, not an instant.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const EARLIEST_DATE = "1970-01-01";

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The latest date that is already "today" somewhere on Earth (UTC+14). Comparing
 * against the server's UTC date would refuse an incident logged at 06:00 in
 * Bangkok (UTC+7) on the day it happened.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export function toDateOnly(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function formatDateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}
