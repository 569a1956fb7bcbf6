import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import {
  EMPTY_CASUALTY,
  EMPTY_SOURCE,
  emptyIncidentForm,
  type CasualtyFormValues,
  type IncidentFormValues,
  type SourceFormValues,
} from "@/lib/validations/incident";

const MAX_ROWS = 200;

function pickStrings<T extends Record<string, unknown>>(template: T, raw: unknown): T {
  const source = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(template)) {
    const value = source[key];
    result[key] = typeof value === "string" ? value : template[key];
  }
  return result as T;
}

function rows<T extends Record<string, unknown>>(template: T, raw: unknown): T[] {
  return Array.isArray(raw) ? raw.slice(0, MAX_ROWS).map((row) => pickStrings(template, row)) : [];
}

/**
 * Whatever was posted, in the form's shape, keeping only strings of known fields:
 * what the server echoes back to re-fill a refused form.
 */
export function toIncidentFormValues(raw: Record<string, unknown>): IncidentFormValues {
  return {
    ...pickStrings(emptyIncidentForm(), raw),
    sources: rows<SourceFormValues>(EMPTY_SOURCE, raw.sources),
    casualties: rows<CasualtyFormValues>(EMPTY_CASUALTY, raw.casualties),
  };
}

/** A stored incident as the edit form shows it. */
export function detailToFormValues(incident: IncidentDetail): IncidentFormValues {
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    occurredOn: incident.occurredOn,
    occurredAt: text(incident.occurredAt),
    countryCode: incident.countryCode,
    provinceCode: incident.provinceCode,
    locality: text(incident.locality),
    latitude: text(incident.latitude),
    longitude: text(incident.longitude),
    coordinatePrecision: text(incident.coordinatePrecision),
    deviceType: incident.deviceType,
    deviceModel: text(incident.deviceModel),
    emplacement: incident.emplacement,
    emplacementBasis: text(incident.emplacementBasis),
    activity: incident.activity,
    summary: incident.summary,
    verification: incident.verification,
    sources: incident.sources.map((s) => ({ outlet: s.outlet, url: s.url, publishedOn: text(s.publishedOn) })),
    casualties: incident.casualties.map((c) => ({
      category: c.category,
      outcome: c.outcome,
      nationality: text(c.nationality),
      sex: c.sex,
      age: text(c.age),
      injuries: text(c.injuries),
      unit: text(c.unit),
    })),
  };
}
