import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_INCIDENT_SORT, type IncidentSort, type IncidentSortColumn } from "@/lib/incidents/incident-sort";

// Each sort column once, as Prisma orders the list and as the COPY export (incidents
// under "i", their province under "p") orders the CSV, so both give the same order.
// Ties are broken by id in the same direction: pages and exports are stable.
const COLUMNS: Record<IncidentSortColumn, { prisma: (dir: Prisma.SortOrder) => Prisma.IncidentOrderByWithRelationInput; sql: string }> = {
  date: { prisma: (dir) => ({ occurredOn: dir }), sql: "i.occurred_on" },
  reference: { prisma: (dir) => ({ reference: dir }), sql: "i.reference" },
  province: { prisma: (dir) => ({ province: { name: dir } }), sql: "p.name" },
  killed: { prisma: (dir) => ({ killed: dir }), sql: "i.killed" },
  injured: { prisma: (dir) => ({ injured: dir }), sql: "i.injured" },
  protest_status: { prisma: (dir) => ({ protestStatus: dir }), sql: "i.protest_status" },
};

export function incidentOrderBy({ column, dir }: IncidentSort = DEFAULT_INCIDENT_SORT): Prisma.IncidentOrderByWithRelationInput[] {
  return [COLUMNS[column].prisma(dir), { id: dir }];
}

export function incidentOrderSql({ column, dir }: IncidentSort = DEFAULT_INCIDENT_SORT): string {
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `${COLUMNS[column].sql} ${direction}, i.id ${direction}`;
}
