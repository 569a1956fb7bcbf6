import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import type { MonthCount } from "@/lib/charts/months";
import { toDateOnly } from "@/lib/validations/dates";

export type MonthScope = { provinceCode?: string; from?: string; to?: string };

/**
 * Non-archived incidents per calendar month (YYYY-MM), counted by PostgreSQL; months
 * without incidents have no row (fill them with fillMonths). The conditions are those
 * incidentWhere() writes for the same province and dates, which Prisma's groupBy
 * cannot truncate to a month; test/integration/province-summary.test.ts keeps the
 * two equal.
 */
export async function countIncidentsByMonth(scope: MonthScope = {}): Promise<MonthCount[]> {
  const conditions = [Prisma.sql`archived_at IS NULL`];
  if (scope.provinceCode) conditions.push(Prisma.sql`province_code = ${scope.provinceCode}`);
  if (scope.from) conditions.push(Prisma.sql`occurred_on >= ${toDateOnly(scope.from)}`);
  if (scope.to) conditions.push(Prisma.sql`occurred_on <= ${toDateOnly(scope.to)}`);
  const rows = await getPrisma().$queryRaw<MonthCount[]>`
    SELECT to_char(date_trunc('month', occurred_on), 'YYYY-MM') AS month, count(*)::int AS count
    FROM incidents
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1
    ORDER BY 1`;
  return rows;
}
