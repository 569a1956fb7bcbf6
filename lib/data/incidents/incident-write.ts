import type { Prisma } from "@/generated/prisma/client";
import type { IncidentInput } from "@/lib/validations/incident";
import { toDateOnly } from "@/lib/validations/dates";

// Maps validated form output to the columns, shared by create and update.

export function incidentColumns(input: IncidentInput) {
  return {
    occurredOn: toDateOnly(input.occurredOn),
    occurredAt: input.occurredAt ? new Date(`1970-01-01T${input.occurredAt.slice(0, 5)}:00.000Z`) : null,
    countryCode: input.countryCode,
    provinceCode: input.provinceCode,
    locality: input.locality,
    latitude: input.latitude,
    longitude: input.longitude,
    // Precision describes coordinates; without them there is nothing to be precise about.
    coordinatePrecision: input.latitude === null ? null : input.coordinatePrecision,
    deviceType: input.deviceType,
    deviceModel: input.deviceModel,
    emplacement: input.emplacement,
    emplacementBasis: input.emplacementBasis,
    activity: input.activity,
    summary: input.summary,
    verification: input.verification,
  } satisfies Partial<Prisma.IncidentUncheckedCreateInput>;
}

export function casualtyRows(input: IncidentInput) {
  return input.casualties.map((c, position) => ({ ...c, position }));
}

export function sourceRows(input: IncidentInput) {
  return input.sources.map((s, position) => ({
    position,
    outlet: s.outlet,
    url: s.url,
    publishedOn: s.publishedOn ? toDateOnly(s.publishedOn) : null,
  }));
}
