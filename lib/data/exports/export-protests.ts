import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { PROTEST_SUMMARY_SELECT, toProtestSummary } from "@/lib/data/protests/protest-dto";
import { protestListWhere } from "@/lib/data/protests/protest-list-where";
import type { ProtestCsvRow } from "@/lib/csv/protest-columns";
import { todayUtc } from "@/lib/protests/due-date";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import type { ProtestFilter } from "@/lib/validations/protest-filter";

// Protests are written by people, a few thousand at most: read 1,000 at a time.
const EXPORT_BATCH_SIZE = 1000;

export type ProtestExportFilter = Omit<ProtestFilter, "page">;

/**
 * protests.csv rows: the non-archived protests covering at least one incident that
 * matches the incident filter (and, from the /protests page, its own filters),
 * newest first, paged by id; each batch's incident references in one query.
 */
export async function* exportProtests(
  filter: IncidentFilter,
  protestFilter: ProtestExportFilter = { overdue: false },
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ProtestCsvRow[], void, undefined> {
  const db = getPrisma();
  const where: Prisma.ProtestWhereInput[] = [
    protestListWhere(protestFilter),
    { incidents: { some: { incident: incidentWhere(filter) } } },
  ];
  let cursor: number | undefined;
  for (;;) {
    const rows = await db.protest.findMany({
      where: { AND: cursor === undefined ? where : [...where, { id: { lt: cursor } }] },
      orderBy: { id: "desc" },
      take: batchSize,
      select: { ...PROTEST_SUMMARY_SELECT, id: true, createdAt: true, updatedAt: true },
    });
    if (rows.length === 0) return;
    const links = await db.protestIncident.findMany({
      where: { protestId: { in: rows.map((r) => r.id) } },
      orderBy: { incident: { reference: "asc" } },
      select: { protestId: true, incident: { select: { reference: true } } },
    });
    const references = new Map<number, string[]>();
    for (const link of links) {
      const list = references.get(link.protestId);
      if (list) list.push(link.incident.reference);
      else references.set(link.protestId, [link.incident.reference]);
    }
    const today = todayUtc();
    yield rows.map((r) => {
      const summary = toProtestSummary(r, today);
      return {
        reference: summary.reference,
        kind: summary.kind,
        fromState: summary.fromState,
        recipient: summary.recipient,
        sentOn: summary.sentOn,
        documentReference: summary.documentReference,
        responseDueOn: summary.responseDueOn,
        responseReceivedOn: summary.responseReceivedOn,
        status: summary.status,
        overdue: summary.overdue,
        incidentReferences: references.get(r.id) ?? [],
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
    if (rows.length < batchSize) return;
    cursor = rows[rows.length - 1]!.id;
  }
}
