import "server-only";
import { getPrisma } from "@/lib/db";

export type RegistryTotals = { incidents: number; killed: number; injured: number; provinces: number };

/** Headline figures over incidents that are not archived, counted in PostgreSQL. */
export async function getRegistryTotals(): Promise<RegistryTotals> {
  const db = getPrisma();
  const live = { archivedAt: null };
  const [incidents, outcomes, provinces] = await Promise.all([
    db.incident.count({ where: live }),
    db.casualty.groupBy({ by: ["outcome"], where: { incident: live }, _count: { _all: true } }),
    db.incident.groupBy({ by: ["provinceCode"], where: live }),
  ]);
  const count = (outcome: string) => outcomes.find((o) => o.outcome === outcome)?._count._all ?? 0;
  return { incidents, killed: count("killed"), injured: count("injured"), provinces: provinces.length };
}
