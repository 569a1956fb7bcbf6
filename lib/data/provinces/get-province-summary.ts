import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CasualtyCategory, DeviceType, Emplacement } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

export type CasualtyCounts = { killed: number; injured: number };

export type ProtestCoverage = {
  /** Incidents covered by at least one live protest step (any derived status but not_protested). */
  protested: number;
  notProtested: number;
  /** Incidents with at least one live protest sent or acknowledged, waiting for an answer. */
  awaitingResponse: number;
  /** Incidents with an overdue protest step: the earliest due date among their open steps (a derived fact) has passed. */
  overdue: number;
};

export type ProvinceSummary = {
  incidents: number;
  casualties: CasualtyCounts;
  byCategory: Record<CasualtyCategory, CasualtyCounts>;
  emplacement: Record<Emplacement, number>;
  deviceTypes: Record<DeviceType, number>;
  protests: ProtestCoverage;
};

// The parts of a filter that only add a condition: combined with AND to the caller's
// filter, whose own archived rule then applies.
const ONLY = { page: 1, includeArchived: true } as const;

/**
 * The headline figures of the incidents a filter selects (a province page passes
 * { province }), each counted by PostgreSQL through the same incidentWhere() as the
 * incident list, so the figures equal what /incidents shows for that filter.
 */
export async function getProvinceSummary(filter: IncidentFilter): Promise<ProvinceSummary> {
  const db = getPrisma();
  const where = incidentWhere(filter);
  const and = (extra: Prisma.IncidentWhereInput): Prisma.IncidentWhereInput => ({ AND: [where, extra] });
  // The incident total, emplacements and device types come from one scan: a groupBy on
  // both columns (at most 15 groups), summed here.
  const [groups, casualties, notProtested, awaitingResponse, overdue] = await Promise.all([
    db.incident.groupBy({ by: ["emplacement", "deviceType"], where, _count: { _all: true } }),
    db.casualty.groupBy({ by: ["category", "outcome"], where: { incident: where }, _count: { _all: true } }),
    db.incident.count({ where: and(incidentWhere({ ...ONLY, protest_status: "not_protested" })) }),
    db.incident.count({
      where: and({ protests: { some: { protest: { archivedAt: null, status: { in: [...AWAITING_RESPONSE] } } } } }),
    }),
    db.incident.count({ where: and(incidentWhere({ ...ONLY, overdue: true })) }),
  ]);

  const byCategory: Record<CasualtyCategory, CasualtyCounts> = {
    military: { killed: 0, injured: 0 },
    deminer: { killed: 0, injured: 0 },
    civilian: { killed: 0, injured: 0 },
    police: { killed: 0, injured: 0 },
    unknown: { killed: 0, injured: 0 },
  };
  const totals: CasualtyCounts = { killed: 0, injured: 0 };
  for (const c of casualties) {
    byCategory[c.category][c.outcome] += c._count._all;
    totals[c.outcome] += c._count._all;
  }
  const emplacement: Record<Emplacement, number> = { newly_laid: 0, legacy: 0, undetermined: 0 };
  const deviceTypes: Record<DeviceType, number> = {
    anti_personnel_mine: 0,
    anti_vehicle_mine: 0,
    improvised_mine: 0,
    other_erw: 0,
    unknown: 0,
  };
  let incidents = 0;
  for (const g of groups) {
    incidents += g._count._all;
    emplacement[g.emplacement] += g._count._all;
    deviceTypes[g.deviceType] += g._count._all;
  }

  return {
    incidents,
    casualties: totals,
    byCategory,
    emplacement,
    deviceTypes,
    protests: { protested: incidents - notProtested, notProtested, awaitingResponse, overdue },
  };
}
