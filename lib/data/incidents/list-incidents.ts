import "server-only";
import type { DeviceType, Emplacement, Verification } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { incidentOrderBy } from "@/lib/data/incidents/incident-order";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { isPastDue } from "@/lib/protests/due-date";
import type { IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import { formatDateOnly } from "@/lib/validations/dates";

export const PAGE_SIZE = 25;

export type IncidentListItem = {
  reference: string;
  occurredOn: string;
  countryCode: string;
  provinceCode: string;
  provinceName: string;
  locality: string | null;
  deviceType: DeviceType;
  emplacement: Emplacement;
  verification: Verification;
  killed: number;
  injured: number;
  protestStatus: IncidentProtestStatus;
  responseOverdue: boolean;
  archived: boolean;
};

export type IncidentPage = {
  items: IncidentListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** One page of incidents matching the filter, in its order (newest first by default), with their derived facts. */
export async function listIncidents(filter: IncidentFilter, pageSize = PAGE_SIZE): Promise<IncidentPage> {
  const db = getPrisma();
  const where = incidentWhere(filter);
  const [total, rows] = await Promise.all([
    db.incident.count({ where }),
    db.incident.findMany({
      where,
      orderBy: incidentOrderBy(filter.sort),
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: {
        reference: true,
        occurredOn: true,
        countryCode: true,
        provinceCode: true,
        province: { select: { name: true } },
        locality: true,
        deviceType: true,
        emplacement: true,
        verification: true,
        archivedAt: true,
        killed: true,
        injured: true,
        protestStatus: true,
        responseDueOn: true,
      },
    }),
  ]);
  return {
    total,
    page: filter.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({
      reference: r.reference,
      occurredOn: formatDateOnly(r.occurredOn),
      countryCode: r.countryCode,
      provinceCode: r.provinceCode,
      provinceName: r.province.name,
      locality: r.locality,
      deviceType: r.deviceType,
      emplacement: r.emplacement,
      verification: r.verification,
      killed: r.killed,
      injured: r.injured,
      protestStatus: r.protestStatus,
      responseOverdue: isPastDue(r.responseDueOn ? formatDateOnly(r.responseDueOn) : null),
      archived: r.archivedAt !== null,
    })),
  };
}
