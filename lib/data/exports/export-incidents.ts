import "server-only";
import { getPrisma } from "@/lib/db";
import { incidentBatches } from "@/lib/data/exports/incident-batches";
import { protestStatusesOf } from "@/lib/data/protests/incident-protests";
import type { IncidentCsvRow } from "@/lib/csv/incident-columns";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import { formatDateOnly } from "@/lib/validations/dates";

const SELECT = {
  locality: true,
  latitude: true,
  longitude: true,
  deviceType: true,
  deviceModel: true,
  emplacement: true,
  emplacementBasis: true,
  activity: true,
  verification: true,
  summary: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * incidents.csv rows in batches. The per-incident figures of a batch come from
 * three set queries over its ids (casualty counts grouped in SQL, source URLs,
 * protest status through the same derivation as the pages), never one per row.
 */
export async function* exportIncidents(filter: IncidentFilter, batchSize?: number): AsyncGenerator<IncidentCsvRow[], void, undefined> {
  const db = getPrisma();
  for await (const rows of incidentBatches(filter, SELECT, batchSize)) {
    const ids = rows.map((r) => r.id);
    const [counts, sources, protests] = await Promise.all([
      db.casualty.groupBy({
        by: ["incidentId", "outcome", "category"],
        where: { incidentId: { in: ids } },
        _count: { _all: true },
      }),
      db.source.findMany({
        where: { incidentId: { in: ids } },
        orderBy: [{ incidentId: "asc" }, { position: "asc" }, { id: "asc" }],
        select: { incidentId: true, url: true },
      }),
      protestStatusesOf(ids),
    ]);
    const figures = new Map(ids.map((id) => [id, { killed: 0, injured: 0, military: 0, deminer: 0, civilian: 0, urls: [] as string[] }]));
    for (const c of counts) {
      const f = figures.get(c.incidentId)!;
      const n = c._count._all;
      if (c.outcome === "killed") f.killed += n;
      else f.injured += n;
      if (c.category === "military") f.military += n;
      if (c.category === "deminer") f.deminer += n;
      if (c.category === "civilian") f.civilian += n;
    }
    for (const s of sources) figures.get(s.incidentId)!.urls.push(s.url);

    yield rows.map((r) => {
      const f = figures.get(r.id)!;
      const protest = protests.get(r.id);
      return {
        reference: r.reference,
        occurredOn: formatDateOnly(r.occurredOn),
        countryCode: r.countryCode,
        provinceCode: r.provinceCode,
        provinceName: r.province.name,
        locality: r.locality,
        latitude: r.latitude,
        longitude: r.longitude,
        deviceType: r.deviceType,
        deviceModel: r.deviceModel,
        emplacement: r.emplacement,
        emplacementBasis: r.emplacementBasis,
        activity: r.activity,
        killed: f.killed,
        injured: f.injured,
        militaryCasualties: f.military,
        deminerCasualties: f.deminer,
        civilianCasualties: f.civilian,
        verification: r.verification,
        protestStatus: protest?.status ?? "not_protested",
        responseOverdue: protest?.overdue ?? false,
        summary: r.summary,
        sourceUrls: f.urls,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
}
