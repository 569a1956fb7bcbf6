import type { Prisma } from "@/generated/prisma/client";
import { likeLiteral } from "@/lib/data/incidents/like-pattern";
import { overdueProtestWhere } from "@/lib/data/protests/overdue-where";
import { ARTICLE_8_KINDS, type IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
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
  const and: Prisma.IncidentWhereInput[] = [];
  if (filter.protest_status) and.push(...protestStatusWhere(filter.protest_status));
  if (filter.overdue) and.push({ protests: { some: { protest: { archivedAt: null, ...overdueProtestWhere() } } } });
  if (and.length) where.AND = and;
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

// The precedence of deriveIncidentProtestStatus (lib/protests/incident-protest-status.ts),
// as relation filters PostgreSQL can evaluate with the protest_incidents index.
function protestStatusWhere(status: IncidentProtestStatus): Prisma.IncidentWhereInput[] {
  const some = (protest: Prisma.ProtestWhereInput): Prisma.IncidentWhereInput => ({
    protests: { some: { protest: { archivedAt: null, ...protest } } },
  });
  const none = (protest: Prisma.ProtestWhereInput): Prisma.IncidentWhereInput => ({
    protests: { none: { protest: { archivedAt: null, ...protest } } },
  });
  const awaiting = { in: [...AWAITING_RESPONSE] };
  const article8 = { in: [...ARTICLE_8_KINDS] };
  switch (status) {
    case "not_protested":
      return [none({})];
    case "protest_drafted":
      return [some({}), none({ status: { not: "draft" } })];
    case "closed":
      return [some({ status: "closed" }), none({ status: { in: ["sent", "acknowledged", "response_received"] } })];
    case "response_received":
      return [some({ status: "response_received" })];
    case "clarification_requested":
      return [some({ kind: article8, status: awaiting }), none({ status: "response_received" })];
    case "protested":
      return [
        some({ kind: { notIn: [...ARTICLE_8_KINDS] }, status: awaiting }),
        none({ kind: article8, status: awaiting }),
        none({ status: "response_received" }),
      ];
  }
}
