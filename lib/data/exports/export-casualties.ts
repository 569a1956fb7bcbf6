import "server-only";
import { casualtiesCopySql } from "@/lib/data/exports/casualties-copy-sql";
import { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { copyRows } from "@/lib/data/exports/copy-rows";
import { todayUtc } from "@/lib/protests/due-date";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

/** casualties.csv records (no header), written by PostgreSQL's COPY. */
export function exportCasualties(filter: IncidentFilter, signal: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
  const params = new CopyParameters();
  return copyRows(casualtiesCopySql(filter, params, todayUtc()), params, signal);
}
