import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import type { SummaryScope } from "@/lib/summaries/scope";
import { toDateOnly } from "@/lib/validations/dates";

/** The scope as the incident list's filter, for summaries counted through incidentWhere(). */
export function scopeFilter(scope: SummaryScope): IncidentFilter {
  return { page: 1, includeArchived: false, province: scope.provinceCode, from: scope.from, to: scope.to };
}

/**
 * The same conditions in SQL, for the summaries Prisma cannot group (by month, by
 * rounded position); test/integration/province-summary.test.ts keeps the two equal.
 */
export function scopeConditionsSql(scope: SummaryScope): Prisma.Sql {
  const conditions = [Prisma.sql`archived_at IS NULL`];
  if (scope.provinceCode) conditions.push(Prisma.sql`province_code = ${scope.provinceCode}`);
  if (scope.from) conditions.push(Prisma.sql`occurred_on >= ${toDateOnly(scope.from)}`);
  if (scope.to) conditions.push(Prisma.sql`occurred_on <= ${toDateOnly(scope.to)}`);
  return Prisma.join(conditions, " AND ");
}
