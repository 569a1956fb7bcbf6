import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import type { ProvinceRow } from "@/lib/provinces/province-table";

const LIVE = { page: 1, includeArchived: false } as const;

/**
 * One row per province with at least one non-archived incident: the figures of
 * getProvinceSummary(), each a GROUP BY province_code in PostgreSQL.
 */
export async function listProvinceSummaries(): Promise<ProvinceRow[]> {
  const db = getPrisma();
  const perProvince = (where: Prisma.IncidentWhereInput) =>
    db.incident.groupBy({ by: ["provinceCode"], where, _count: { _all: true } });
  const [incidents, newlyLaid, notProtested, overdue] = await Promise.all([
    // Killed and injured are facts stored on each incident: summed in the same pass.
    db.incident.groupBy({ by: ["provinceCode"], where: incidentWhere(LIVE), _count: { _all: true }, _sum: { killed: true, injured: true } }),
    perProvince(incidentWhere({ ...LIVE, emplacement: "newly_laid" })),
    perProvince(incidentWhere({ ...LIVE, protest_status: "not_protested" })),
    perProvince(incidentWhere({ ...LIVE, overdue: true })),
  ]);
  if (incidents.length === 0) return [];

  const provinces = await db.province.findMany({
    where: { code: { in: incidents.map((i) => i.provinceCode) } },
    select: { code: true, name: true, country: { select: { code: true, name: true } } },
  });
  const countIn = (groups: { provinceCode: string; _count: { _all: number } }[], code: string) =>
    groups.find((g) => g.provinceCode === code)?._count._all ?? 0;

  return provinces.map((p) => {
    const total = countIn(incidents, p.code);
    const hurt = incidents.find((i) => i.provinceCode === p.code)?._sum;
    return {
      provinceCode: p.code,
      provinceName: p.name,
      countryCode: p.country.code,
      countryName: p.country.name,
      incidents: total,
      killed: hurt?.killed ?? 0,
      injured: hurt?.injured ?? 0,
      newlyLaid: countIn(newlyLaid, p.code),
      protested: total - countIn(notProtested, p.code),
      overdue: countIn(overdue, p.code),
    };
  });
}
