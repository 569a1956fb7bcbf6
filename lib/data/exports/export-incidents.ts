import "server-only";
import { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { copyRows } from "@/lib/data/exports/copy-rows";
import { incidentsCopySql } from "@/lib/data/exports/incidents-copy-sql";
import { todayUtc } from "@/lib/protests/due-date";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

/** incidents.csv records (no header), written by PostgreSQL's COPY. */
export function exportIncidents(filter: IncidentFilter, signal: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
  const params = new CopyParameters();
  return copyRows(incidentsCopySql(filter, params, todayUtc()), params, signal);
}
