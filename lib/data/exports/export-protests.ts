import "server-only";
import { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { copyRows } from "@/lib/data/exports/copy-rows";
import { protestsCopySql } from "@/lib/data/exports/protests-copy-sql";
import { todayUtc } from "@/lib/protests/due-date";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import type { ProtestExportFilter } from "@/lib/validations/protest-export-filter";
import type { ProtestSort } from "@/lib/validations/protest-sort";

/** protests.csv records (no header), written by PostgreSQL's COPY. */
export function exportProtests(
  filter: IncidentFilter,
  protestFilter: ProtestExportFilter,
  sort: ProtestSort,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array, void, undefined> {
  const params = new CopyParameters();
  return copyRows(protestsCopySql(filter, protestFilter, sort, params, todayUtc()), params, signal);
}
