import { addMonths, formatMonth, monthOf } from "@/lib/charts/months";
import { EARLIEST_DATE } from "@/lib/validations/dates";

// The period a dashboard or province page counts: chosen in the URL (`from`, `to`,
// the incident list's own date filter), or by default the last 12 months — unless
// those hold no incident, as when a registry's incidents are all older: then the 12
// months up to its latest incident, and the page says so.

export type DateRange = { first: string; last: string };

export type Period = {
  /** Inclusive YYYY-MM-DD bounds; undefined: open on that side. */
  from?: string;
  to?: string;
  /** e.g. "the last 12 months", "2025", "all time", "2025-07-01 to 2025-09-30" */
  label: string;
  /** Set when the default moved to where the incidents are. */
  note?: string;
  /** Whether this is the page's default view (no period in the URL). */
  isDefault: boolean;
};

const lastDayOf = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export function twelveMonthsEnding(month: string): { from: string; to: string } {
  return { from: `${addMonths(month, -11)}-01`, to: lastDayOf(month) };
}

function labelOf(from: string | undefined, to: string | undefined, today: string): string {
  if ((!from || from <= EARLIEST_DATE) && (!to || to >= today)) return "all time";
  if (from && to && from.endsWith("-01-01") && to === `${from.slice(0, 4)}-12-31`) return from.slice(0, 4);
  if (!to) return `since ${from}`;
  if (!from) return `up to ${to}`;
  return `${from} to ${to}`;
}

export function resolvePeriod(requested: { from?: string; to?: string }, today: string, range: DateRange | null): Period {
  if (requested.from || requested.to) {
    return { from: requested.from, to: requested.to, label: labelOf(requested.from, requested.to, today), isDefault: false };
  }
  const recent = twelveMonthsEnding(monthOf(today));
  if (range && range.last < recent.from) {
    const month = monthOf(range.last);
    return {
      ...twelveMonthsEnding(month),
      label: `the 12 months up to ${formatMonth(month)}`,
      note: `No incident was recorded in the last 12 months, so this shows the 12 months up to the latest incident (${formatMonth(month)}). Choose another period below.`,
      isDefault: true,
    };
  }
  return { ...recent, to: today, label: "the last 12 months", isDefault: true };
}

/**
 * The months a chart of the period shows: the period, cut to today; an open start
 * ("all time") begins with the registry's first incident, not decades of zeros.
 */
export function chartMonths(period: Period, today: string, range: DateRange | null): { first: string; last: string } {
  const openStart = !period.from || period.from <= EARLIEST_DATE;
  const start = openStart ? (range?.first ?? today) : period.from!;
  const end = period.to && period.to < today ? period.to : today;
  const last = monthOf(end);
  return { first: monthOf(start) > last ? last : monthOf(start), last };
}

export type PeriodChoice = { label: string; query: { from?: string; to?: string }; current: boolean };

/** The periods offered as links: the default, each year with incidents, all time. */
export function periodChoices(period: Period, today: string, range: DateRange | null): PeriodChoice[] {
  const choices: PeriodChoice[] = [{ label: "Last 12 months", query: {}, current: period.isDefault }];
  if (range) {
    for (let year = Number(range.last.slice(0, 4)); year >= Number(range.first.slice(0, 4)); year--) {
      const query = { from: `${year}-01-01`, to: `${year}-12-31` };
      choices.push({ label: String(year), query, current: period.from === query.from && period.to === query.to });
    }
  }
  choices.push({ label: "All time", query: { from: EARLIEST_DATE }, current: !period.isDefault && period.label === "all time" });
  return choices;
}
