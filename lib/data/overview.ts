import "server-only";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { scopeFilter } from "@/lib/data/summaries/scope-where";
import type { DateRange } from "@/lib/summaries/period";
import type { SummaryScope } from "@/lib/summaries/scope";
import { formatDateOnly } from "@/lib/validations/dates";

export type RegistryTotals = { incidents: number; killed: number; injured: number; provinces: number };

/** Headline figures over incidents that are not archived (in a period), counted in PostgreSQL. */
export async function getRegistryTotals(scope: SummaryScope = {}): Promise<RegistryTotals> {
  const db = getPrisma();
  const live = incidentWhere(scopeFilter(scope));
  const [incidents, outcomes, provinces] = await Promise.all([
    db.incident.count({ where: live }),
    db.casualty.groupBy({ by: ["outcome"], where: { incident: live }, _count: { _all: true } }),
    db.incident.groupBy({ by: ["provinceCode"], where: live }),
  ]);
  const count = (outcome: string) => outcomes.find((o) => o.outcome === outcome)?._count._all ?? 0;
  return { incidents, killed: count("killed"), injured: count("injured"), provinces: provinces.length };
}

/** The dates of the first and latest live incident (of a province); null when there is none. */
export async function getIncidentDateRange(provinceCode?: string): Promise<DateRange | null> {
  const { _min, _max } = await getPrisma().incident.aggregate({
    where: incidentWhere(scopeFilter({ provinceCode })),
    _min: { occurredOn: true },
    _max: { occurredOn: true },
  });
  return _min.occurredOn && _max.occurredOn ? { first: formatDateOnly(_min.occurredOn), last: formatDateOnly(_max.occurredOn) } : null;
}
