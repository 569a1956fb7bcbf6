import type { Prisma } from "@/generated/prisma/client";
import type { Snapshot } from "@/lib/audit/changed-fields";
import { casualtyRows, incidentColumns, sourceRows } from "@/lib/data/incidents/incident-write";
import type { IncidentInput } from "@/lib/validations/incident";
import { casualtyFields, sourceFields } from "@/lib/data/incidents/incident-parts";
import { formatDateOnly } from "@/lib/validations/dates";

// An incident as its history records it: the fields a person edits, as plain JSON.
// Built the same way from a stored row and from a validated form, so the two compare.

type IncidentState = ReturnType<typeof incidentColumns> & {
  casualties: ReturnType<typeof casualtyRows>;
  sources: ReturnType<typeof sourceRows>;
};

export const SNAPSHOT_INCLUDE = {
  casualties: { orderBy: { position: "asc" } },
  sources: { orderBy: { position: "asc" } },
} satisfies Prisma.IncidentInclude;

export function incidentSnapshot(state: IncidentState): Snapshot {
  return {
    occurredOn: formatDateOnly(state.occurredOn),
    occurredAt: state.occurredAt ? state.occurredAt.toISOString().slice(11, 16) : null,
    countryCode: state.countryCode,
    provinceCode: state.provinceCode,
    locality: state.locality,
    latitude: state.latitude,
    longitude: state.longitude,
    coordinatePrecision: state.coordinatePrecision,
    deviceType: state.deviceType,
    deviceModel: state.deviceModel,
    emplacement: state.emplacement,
    emplacementBasis: state.emplacementBasis,
    activity: state.activity,
    summary: state.summary,
    verification: state.verification,
    casualties: state.casualties.map(casualtyFields),
    sources: state.sources.map(sourceFields),
  };
}

export function inputSnapshot(input: IncidentInput): Snapshot {
  return incidentSnapshot({ ...incidentColumns(input), casualties: casualtyRows(input), sources: sourceRows(input) });
}
