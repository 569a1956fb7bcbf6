import "server-only";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { scopeFilter } from "@/lib/data/summaries/scope-where";
import type { SummaryScope } from "@/lib/summaries/scope";

export type RankedProvince = { provinceCode: string; provinceName: string; countryCode: string; incidents: number };

/** The provinces with the most non-archived incidents (in a period), most first (ties by code). */
export async function rankProvinces(limit = 10, scope: SummaryScope = {}): Promise<RankedProvince[]> {
  const db = getPrisma();
  const groups = await db.incident.groupBy({
    by: ["provinceCode"],
    where: incidentWhere(scopeFilter(scope)),
    _count: { _all: true },
    orderBy: [{ _count: { provinceCode: "desc" } }, { provinceCode: "asc" }],
    take: limit,
  });
  const provinces = await db.province.findMany({
    where: { code: { in: groups.map((g) => g.provinceCode) } },
    select: { code: true, name: true, countryCode: true },
  });
  return groups.map((g) => {
    const province = provinces.find((p) => p.code === g.provinceCode);
    return {
      provinceCode: g.provinceCode,
      provinceName: province?.name ?? g.provinceCode,
      countryCode: province?.countryCode ?? "",
      incidents: g._count._all,
    };
  });
}
