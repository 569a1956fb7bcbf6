import "server-only";
import { getPrisma } from "@/lib/db";
import { formatDateOnly } from "@/lib/validations/dates";
import { likeLiteral } from "@/lib/data/incidents/like-pattern";

export type IncidentOption = { reference: string; occurredOn: string; provinceCode: string; provinceName: string; locality: string | null };

/** Up to `limit` live incidents matching a reference, province (name or code), place or date. */
export async function searchIncidents(query: string, limit = 10): Promise<IncidentOption[]> {
  const q = query.trim();
  // % and _ are letters here, as in the incident list's search (like-pattern.ts).
  const contains = { contains: likeLiteral(q), mode: "insensitive" as const };
  const rows = await getPrisma().incident.findMany({
    where: {
      archivedAt: null,
      ...(q
        ? {
            OR: [
              { reference: contains },
              { provinceCode: { equals: q.toUpperCase() } },
              { province: { name: contains } },
              { locality: contains },
              ...(/^\d{4}-\d{2}-\d{2}$/.test(q) ? [{ occurredOn: new Date(`${q}T00:00:00Z`) }] : []),
            ],
          }
        : {}),
    },
    orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
    take: limit,
    select: { reference: true, occurredOn: true, provinceCode: true, locality: true, province: { select: { name: true } } },
  });
  return rows.map((r) => ({
    reference: r.reference,
    occurredOn: formatDateOnly(r.occurredOn),
    provinceCode: r.provinceCode,
    provinceName: r.province.name,
    locality: r.locality,
  }));
}
