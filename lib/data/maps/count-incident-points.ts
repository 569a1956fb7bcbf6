import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";

export type IncidentPoint = { latitude: number; longitude: number; count: number };

// Two decimals of a degree is about a kilometre: incidents closer than that share
// a dot, and a map of thousands of incidents stays a few hundred circles.
export const MAX_POINTS = 500;

/**
 * Non-archived incidents with coordinates, grouped by rounded position and counted
 * by PostgreSQL, the busiest places first; optionally in one province.
 */
export async function countIncidentPoints(scope: { provinceCode?: string } = {}): Promise<IncidentPoint[]> {
  const conditions = [Prisma.sql`archived_at IS NULL`, Prisma.sql`latitude IS NOT NULL`, Prisma.sql`longitude IS NOT NULL`];
  if (scope.provinceCode) conditions.push(Prisma.sql`province_code = ${scope.provinceCode}`);
  return getPrisma().$queryRaw<IncidentPoint[]>`
    SELECT round(latitude::numeric, 2)::float8 AS latitude,
           round(longitude::numeric, 2)::float8 AS longitude,
           count(*)::int AS count
    FROM incidents
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1, 2
    ORDER BY 3 DESC, 1, 2
    LIMIT ${MAX_POINTS}`;
}
