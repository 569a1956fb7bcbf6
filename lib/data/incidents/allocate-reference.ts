import type { Prisma } from "@/generated/prisma/client";

export const INCIDENT_PREFIX = "MI";

/**
 * Hands out the next reference of a prefix and year, e.g. MI-2025-0042, inside the
 * caller's transaction. The upsert locks the counter row until that transaction
 * ends: concurrent saves wait their turn instead of colliding, and a save that
 * rolls back returns its number, so references within a year have no gaps.
 */
export async function allocateReference(
  tx: Prisma.TransactionClient,
  prefix: string,
  year: number,
): Promise<string> {
  const scope = `${prefix}-${year}`;
  const rows = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO reference_counters (scope, last_value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET last_value = reference_counters.last_value + 1
    RETURNING last_value`;
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error(`No reference was allocated for ${scope}`);
  return `${scope}-${String(value).padStart(4, "0")}`;
}
