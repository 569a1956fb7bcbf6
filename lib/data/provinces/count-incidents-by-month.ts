import "server-only";
import { getPrisma } from "@/lib/db";
import type { MonthCount } from "@/lib/charts/months";
import { scopeConditionsSql } from "@/lib/data/summaries/scope-where";
import type { SummaryScope } from "@/lib/summaries/scope";

/**
 * Non-archived incidents per calendar month (YYYY-MM), counted by PostgreSQL; months
 * without incidents have no row (fill them with fillMonths).
 */
export async function countIncidentsByMonth(scope: SummaryScope = {}): Promise<MonthCount[]> {
  return getPrisma().$queryRaw<MonthCount[]>`
    SELECT to_char(date_trunc('month', occurred_on), 'YYYY-MM') AS month, count(*)::int AS count
    FROM incidents
    WHERE ${scopeConditionsSql(scope)}
    GROUP BY 1
    ORDER BY 1`;
}
