import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

export const EXPORT_BATCH_SIZE = 1000;

const BATCH_SELECT = {
  id: true,
  occurredOn: true,
  reference: true,
  countryCode: true,
  provinceCode: true,
  province: { select: { name: true } },
} as const;

// What every batch carries, whatever else the caller selects: the cursor and the
// incident's identity and place, which all incident-based exports print.
type BatchFields = { id: number; occurredOn: Date; reference: string; countryCode: string; provinceCode: string; province: { name: string } };

type Selected<S extends Prisma.IncidentSelect> = Prisma.IncidentGetPayload<{ select: S }> & BatchFields;

/**
 * The incidents matching a filter, newest first as on /incidents, in batches read
 * with a keyset cursor on (occurred_on, id): each query starts where the last one
 * ended, so deep pages cost no more than the first and memory holds one batch.
 */
export async function* incidentBatches<S extends Prisma.IncidentSelect>(
  filter: IncidentFilter,
  select: S,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<Selected<S>[], void, undefined> {
  const where = incidentWhere(filter);
  let cursor: { occurredOn: Date; id: number } | undefined;
  for (;;) {
    // The redundant `occurredOn <= cursor` is what lets PostgreSQL start the index scan
    // at the cursor: with the OR alone it reads the index from the newest incident and
    // filters out every row already sent, so each batch cost more than the last.
    const after: Prisma.IncidentWhereInput = cursor
      ? {
          occurredOn: { lte: cursor.occurredOn },
          OR: [{ occurredOn: { lt: cursor.occurredOn } }, { occurredOn: cursor.occurredOn, id: { lt: cursor.id } }],
        }
      : {};
    const rows = (await getPrisma().incident.findMany({
      where: { AND: [where, after] },
      orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
      take: batchSize,
      select: { ...select, ...BATCH_SELECT },
    })) as Selected<S>[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    cursor = { occurredOn: last.occurredOn, id: last.id };
  }
}
