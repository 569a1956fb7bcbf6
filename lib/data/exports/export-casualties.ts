import "server-only";
import { getPrisma } from "@/lib/db";
import { incidentBatches } from "@/lib/data/exports/incident-batches";
import type { CasualtyCsvRow } from "@/lib/csv/casualty-columns";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import { formatDateOnly } from "@/lib/validations/dates";

/**
 * casualties.csv rows: the matching incidents are paged as for incidents.csv and
 * each batch's casualties read in one query, so the rows follow the incident list
 * order and a batch is bounded by the form's limit of casualties per incident.
 */
export async function* exportCasualties(filter: IncidentFilter, batchSize?: number): AsyncGenerator<CasualtyCsvRow[], void, undefined> {
  for await (const incidents of incidentBatches(filter, {}, batchSize)) {
    const casualties = await getPrisma().casualty.findMany({
      where: { incidentId: { in: incidents.map((i) => i.id) } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { incidentId: true, position: true, category: true, outcome: true, nationality: true, sex: true, age: true, injuries: true, unit: true },
    });
    const byIncident = new Map<number, typeof casualties>();
    for (const c of casualties) {
      const list = byIncident.get(c.incidentId);
      if (list) list.push(c);
      else byIncident.set(c.incidentId, [c]);
    }
    yield incidents.flatMap((incident) =>
      (byIncident.get(incident.id) ?? []).map((c) => ({
        incidentReference: incident.reference,
        occurredOn: formatDateOnly(incident.occurredOn),
        countryCode: incident.countryCode,
        provinceCode: incident.provinceCode,
        provinceName: incident.province.name,
        position: c.position,
        category: c.category,
        outcome: c.outcome,
        // CHAR(2) pads; an absent nationality stays an empty cell.
        nationality: c.nationality?.trim() || null,
        sex: c.sex,
        age: c.age,
        injuries: c.injuries,
        unit: c.unit,
      })),
    );
  }
}
