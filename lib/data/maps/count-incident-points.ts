import "server-only";
import { getPrisma } from "@/lib/db";
import { scopeConditionsSql } from "@/lib/data/summaries/scope-where";
import type { SummaryScope } from "@/lib/summaries/scope";

import type { CoordinatePrecision } from "@/generated/prisma/enums";

/** A place on the map; `precision` is the coarsest of its incidents' (null: not given). */
export type IncidentPoint = { latitude: number; longitude: number; count: number; precision: CoordinatePrecision | null };

// Two decimals of a degree is about a kilometre: incidents closer than that share
// a dot, and a map of thousands of incidents stays a few hundred circles.
export const MAX_POINTS = 500;

/**
 * Non-archived incidents with coordinates, grouped by rounded position and counted
 * by PostgreSQL, the busiest places first; optionally in one province and period.
 */
export async function countIncidentPoints(scope: SummaryScope = {}): Promise<IncidentPoint[]> {
  return getPrisma().$queryRaw<IncidentPoint[]>`
    SELECT round(latitude::numeric, 2)::float8 AS latitude,
           round(longitude::numeric, 2)::float8 AS longitude,
           count(*)::int AS count,
           max(coordinate_precision) AS precision
    FROM incidents
    WHERE ${scopeConditionsSql(scope)} AND latitude IS NOT NULL AND longitude IS NOT NULL
    GROUP BY 1, 2
    ORDER BY 3 DESC, 1, 2
    LIMIT ${MAX_POINTS}`;
}
