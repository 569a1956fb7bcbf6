import { PROTEST_COLUMNS, type ProtestHeader } from "@/lib/csv/protest-columns";
import { type CopyParameters, sqlStrings } from "@/lib/data/exports/copy-parameters";
import { incidentWhereSql } from "@/lib/data/exports/incident-where-sql";
import { booleanCell, dateCell, textCell, timestampCell } from "@/lib/data/exports/sql-cells";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import type { ProtestExportFilter } from "@/lib/validations/protest-export-filter";
import type { ProtestSort, ProtestSortColumn } from "@/lib/validations/protest-sort";

const SORT_COLUMN: Record<ProtestSortColumn, string> = {
  sent_on: "pr.sent_on",
  response_due_on: "pr.response_due_on",
  status: "pr.status",
};

/**
 * The SQL of protests.csv: the protests covering at least one incident that matches
 * the incident filter and, from the /protests page, its own filters and order (the
 * twins of protestListWhere and protestOrderBy in lib/data/protests/, kept in step by
 * test/integration/protest-list.test.ts).
 */
export function protestsCopySql(
  filter: IncidentFilter,
  protestFilter: ProtestExportFilter,
  sort: ProtestSort,
  params: CopyParameters,
  today: string,
): string {
  // isOverdue() (lib/protests/due-date.ts): past its due date, still waiting for an answer.
  const overdue = `pr.status IN ${sqlStrings(AWAITING_RESPONSE)} AND pr.response_received_on IS NULL AND pr.response_due_on < ${params.add(today, "date")}`;
  const cells: Record<ProtestHeader, string> = {
    reference: textCell("pr.reference"),
    kind: "pr.kind",
    from_state: "pr.from_state",
    recipient: textCell("pr.recipient"),
    sent_on: dateCell("pr.sent_on"),
    document_reference: textCell("pr.document_reference"),
    response_due_on: dateCell("pr.response_due_on"),
    response_received_on: dateCell("pr.response_received_on"),
    status: "pr.status",
    overdue: booleanCell(`coalesce(${overdue}, false)`),
    incident_references: textCell(
      `(SELECT string_agg(li.reference, ' ' ORDER BY li.reference) FROM protest_incidents lpi JOIN incidents li ON li.id = lpi.incident_id WHERE lpi.protest_id = pr.id)`,
    ),
    created_at: timestampCell("pr.created_at"),
    updated_at: timestampCell("pr.updated_at"),
  };
  const where = protestFilter.includeArchived ? [] : ["pr.archived_at IS NULL"];
  if (protestFilter.status) where.push(`pr.status = ${params.add(protestFilter.status, "protest_status")}`);
  if (protestFilter.kind) where.push(`pr.kind = ${params.add(protestFilter.kind, "protest_kind")}`);
  if (protestFilter.from) where.push(`pr.sent_on >= ${params.add(protestFilter.from, "date")}`);
  if (protestFilter.to) where.push(`pr.sent_on <= ${params.add(protestFilter.to, "date")}`);
  if (protestFilter.overdue) where.push(`(${overdue})`);
  where.push(`EXISTS (SELECT 1 FROM protest_incidents ci JOIN incidents ri ON ri.id = ci.incident_id
    WHERE ci.protest_id = pr.id AND ${incidentWhereSql(filter, params, today, "ri")})`);
  const dir = sort.dir === "asc" ? "ASC" : "DESC";
  return `SELECT ${PROTEST_COLUMNS.map((c) => cells[c.header]).join(",\n  ")}
FROM protests pr
WHERE ${where.join("\n  AND ")}
ORDER BY ${SORT_COLUMN[sort.column]} ${dir} NULLS LAST, pr.id ${dir}`;
}
