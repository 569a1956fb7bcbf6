import "server-only";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import type { ProvinceCsvRow } from "@/lib/csv/province-columns";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

/**
 * provinces.csv rows, every figure a GROUP BY in PostgreSQL: incidents per
 * province and emplacement in one query, then casualties per outcome for each
 * province that has any. A casualty row carries no province, and Prisma cannot
 * group by a relation's column, hence one small grouped query per province
 * (a bounded number: the provinces of the gazetteer) rather than one per incident.
 */
export async function* exportProvinces(filter: IncidentFilter): AsyncGenerator<ProvinceCsvRow[], void, undefined> {
  const db = getPrisma();
  const where = incidentWhere(filter);
  const groups = await db.incident.groupBy({
    by: ["countryCode", "provinceCode", "emplacement"],
    where,
    _count: { _all: true },
    orderBy: [{ countryCode: "asc" }, { provinceCode: "asc" }],
  });
  const codes = [...new Set(groups.map((g) => g.provinceCode))];
  if (codes.length === 0) return;
  const [provinces, casualties] = await Promise.all([
    db.province.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }),
    Promise.all(
      codes.map((code) =>
        db.casualty.groupBy({
          by: ["outcome"],
          where: { incident: { AND: [where, { provinceCode: code }] } },
          _count: { _all: true },
        }),
      ),
    ),
  ]);
  yield codes.map((code, i) => {
    const mine = groups.filter((g) => g.provinceCode === code);
    const count = (emplacement: string) => mine.find((g) => g.emplacement === emplacement)?._count._all ?? 0;
    const outcome = (o: string) => casualties[i]!.find((c) => c.outcome === o)?._count._all ?? 0;
    return {
      countryCode: mine[0]!.countryCode,
      provinceCode: code,
      provinceName: provinces.find((p) => p.code === code)?.name ?? code,
      incidents: mine.reduce((n, g) => n + g._count._all, 0),
      killed: outcome("killed"),
      injured: outcome("injured"),
      newlyLaid: count("newly_laid"),
      legacy: count("legacy"),
      undetermined: count("undetermined"),
    };
  });
}
