// Months travel as "YYYY-MM" strings, like calendar dates (lib/validations/dates.ts):
// they name a month of the calendar, not an instant, so no time zone can shift them.

export type MonthCount = { month: string; count: number };

const MONTH = /^(\d{4})-(\d{2})$/;

function parts(month: string): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a YYYY-MM month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from first to last, both included; empty when first is after last. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * The counts for every month of the range, with 0 for months PostgreSQL returned no
 * row for: a chart that skipped empty months would make a quiet year look busy.
 */
export function fillMonths(counts: readonly MonthCount[], first: string, last: string): MonthCount[] {
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  return monthsBetween(first, last).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

/** The twelve months ending with the month of `today` (YYYY-MM-DD). */
export function lastTwelveMonths(today: string): { first: string; last: string } {
  const last = monthOf(today);
  return { first: addMonths(last, -11), last };
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-07" → "Jul 2025". */
export function formatMonth(month: string): string {
  const [y, m] = parts(month);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES;

export type YearOfMonths = { year: string; counts: (number | null)[] };

/**
 * Consecutive months as a year-by-month grid (twelve cells a year, null outside the
 * range): ten years of figures read as ten rows instead of a list of 120.
 */
export function monthsByYear(months: readonly MonthCount[]): YearOfMonths[] {
  const years = new Map<string, (number | null)[]>();
  for (const { month, count } of months) {
    const [y, m] = parts(month);
    const year = String(y).padStart(4, "0");
    if (!years.has(year)) years.set(year, Array<number | null>(12).fill(null));
    years.get(year)![m - 1] = count;
  }
  return [...years].map(([year, counts]) => ({ year, counts }));
}
