import "server-only";
import type { Activity, CoordinatePrecision, DeviceType, Emplacement, Verification } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { casualtyFields, sourceFields, type CasualtyFields, type SourceFields } from "@/lib/data/incidents/incident-parts";
import { formatDateOnly } from "@/lib/validations/dates";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";

export type IncidentDetail = {
  reference: string;
  version: number;
  occurredOn: string;
  occurredAt: string | null;
  countryCode: string;
  countryName: string;
  provinceCode: string;
  provinceName: string;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinatePrecision: CoordinatePrecision | null;
  deviceType: DeviceType;
  deviceModel: string | null;
  emplacement: Emplacement;
  emplacementBasis: string | null;
  activity: Activity;
  summary: string;
  verification: Verification;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Names of the accounts that recorded and last changed it; null for demo data. */
  createdByName: string | null;
  updatedByName: string | null;
  casualties: CasualtyFields[];
  sources: SourceFields[];
};

/** Everything about one incident, or null when the reference is unknown. */
export async function getIncident(reference: string): Promise<IncidentDetail | null> {
  if (!INCIDENT_REFERENCE.test(reference)) return null;
  const row = await getPrisma().incident.findUnique({
    where: { reference },
    include: {
      country: { select: { name: true } },
      province: { select: { name: true } },
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      casualties: { orderBy: { position: "asc" } },
      sources: { orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  return {
    reference: row.reference,
    version: row.version,
    occurredOn: formatDateOnly(row.occurredOn),
    occurredAt: row.occurredAt ? row.occurredAt.toISOString().slice(11, 16) : null,
    countryCode: row.countryCode,
    countryName: row.country.name,
    provinceCode: row.provinceCode,
    provinceName: row.province.name,
    locality: row.locality,
    latitude: row.latitude,
    longitude: row.longitude,
    coordinatePrecision: row.coordinatePrecision,
    deviceType: row.deviceType,
    deviceModel: row.deviceModel,
    emplacement: row.emplacement,
    emplacementBasis: row.emplacementBasis,
    activity: row.activity,
    summary: row.summary,
    verification: row.verification,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdByName: row.createdBy?.name ?? null,
    updatedByName: row.updatedBy?.name ?? null,
    casualties: row.casualties.map(casualtyFields),
    sources: row.sources.map(sourceFields),
  };
}
