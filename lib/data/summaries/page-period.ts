import "server-only";
import { cachedIncidentDateRange } from "@/lib/data/cache/summaries";
import { todayUtc } from "@/lib/protests/due-date";
import { periodChoices, resolvePeriod, type DateRange, type Period, type PeriodChoice } from "@/lib/summaries/period";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";

type SearchParams = Record<string, string | string[] | undefined>;

export type PagePeriod = {
  period: Period;
  choices: PeriodChoice[];
  range: DateRange | null;
  today: string;
  /** What was wrong with the period in the URL (the default is shown instead). */
  errors: string[];
};

/**
 * The period a summary page shows, from its `from` and `to` (read with the incident
 * list's own rules, so a period and a filtered list always agree), and the periods
 * to offer; `provinceCode` makes the default follow that province's incidents.
 */
export async function readPagePeriod(params: SearchParams, provinceCode?: string): Promise<PagePeriod> {
  const parsed = parseIncidentFilter({ from: params.from, to: params.to });
  const requested = parsed.ok ? { from: parsed.filter.from, to: parsed.filter.to } : {};
  const [range, today] = [await cachedIncidentDateRange(provinceCode), todayUtc()];
  const period = resolvePeriod(requested, today, range);
  return { period, choices: periodChoices(period, today, range), range, today, errors: parsed.ok ? [] : parsed.errors };
}
