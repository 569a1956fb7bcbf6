import type { Prisma } from "@/generated/prisma/client";
import { likeLiteral } from "@/lib/data/incidents/like-pattern";
import { todayUtc } from "@/lib/protests/due-date";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import { toDateOnly } from "@/lib/validations/dates";

/** The WHERE clause of a parsed filter; every list, count and export goes through it. */
export function incidentWhere(filter: IncidentFilter): Prisma.IncidentWhereInput {
  const where: Prisma.IncidentWhereInput = {};
  if (!filter.includeArchived) where.archivedAt = null;
  if (filter.country) where.countryCode = filter.country;
  if (filter.province) where.provinceCode = filter.province;
  if (filter.from || filter.to) {
    where.occurredOn = {
      ...(filter.from ? { gte: toDateOnly(filter.from) } : {}),
      ...(filter.to ? { lte: toDateOnly(filter.to) } : {}),
    };
  }
  if (filter.device_type) where.deviceType = filter.device_type;
  if (filter.emplacement) where.emplacement = filter.emplacement;
  if (filter.verification) where.verification = filter.verification;
  if (filter.protest_status) where.protestStatus = filter.protest_status;
  // response_due_on is the earliest due date among the incident's steps still waiting for an answer.
  if (filter.overdue) where.responseDueOn = { lt: toDateOnly(todayUtc()) };
  if (filter.q) {
    const contains = { contains: likeLiteral(filter.q), mode: "insensitive" as const };
    where.OR = [
      { reference: contains },
      { locality: contains },
      { summary: contains },
      { deviceModel: contains },
      { province: { name: contains } },
    ];
  }
  return where;
}
