import { INCIDENT_COLUMNS, type IncidentHeader } from "@/lib/csv/incident-columns";
import type { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { incidentWhereSql } from "@/lib/data/exports/incident-where-sql";
import { incidentOrderSql } from "@/lib/data/incidents/incident-order";
import { booleanCell, coordinateCell, dateCell, textCell, timestampCell } from "@/lib/data/exports/sql-cells";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

// The SQL of each incidents.csv cell but the overdue flag (which needs today's date);
// the header list decides the order. The casualty counts and the protest status are
// the incident's derived facts, kept on its row by the database.
const CELLS: Record<Exclude<IncidentHeader, "response_overdue">, string> = {
  reference: textCell("i.reference"),
  occurred_on: dateCell("i.occurred_on"),
  country_code: "i.country_code",
  province_code: "i.province_code",
  province_name: textCell("p.name"),
  locality: textCell("i.locality"),
  latitude: coordinateCell("i.latitude"),
  longitude: coordinateCell("i.longitude"),
  device_type: "i.device_type",
  device_model: textCell("i.device_model"),
  emplacement: "i.emplacement",
  emplacement_basis: textCell("i.emplacement_basis"),
  activity: "i.activity",
  killed: "i.killed",
  injured: "i.injured",
  military_casualties: "i.military_casualties",
  deminer_casualties: "i.deminer_casualties",
  civilian_casualties: "i.civilian_casualties",
  verification: "i.verification",
  protest_status: "i.protest_status",
  summary: textCell("i.summary"),
  source_urls: textCell("s.urls"),
  created_at: timestampCell("i.created_at"),
  updated_at: timestampCell("i.updated_at"),
};

const SOURCE_URLS = `string_agg(url, ' ' ORDER BY position, id) AS urls`;

/** Whether the filter can leave out more than the archived incidents. */
export function narrowsIncidents(filter: IncidentFilter): boolean {
  const { q, country, province, from, to, device_type, emplacement, verification, protest_status, overdue } = filter;
  return Boolean(q || country || province || from || to || device_type || emplacement || verification || protest_status || overdue);
}

/**
 * The SELECT of incidents.csv for a filter, in the order of /incidents. Source
 * URLs come from one GROUP BY over the whole table when most incidents are exported
 * (a hash join, the fastest for a million rows), and per incident through its index
 * when a filter narrows them (a province's incidents should not cost a pass over
 * every source).
 */
export function incidentsCopySql(filter: IncidentFilter, params: CopyParameters, today: string): string {
  const sources = narrowsIncidents(filter)
    ? `LEFT JOIN LATERAL (SELECT ${SOURCE_URLS} FROM sources WHERE incident_id = i.id) s ON true`
    : `LEFT JOIN (SELECT incident_id, ${SOURCE_URLS} FROM sources GROUP BY incident_id) s ON s.incident_id = i.id`;
  const where = incidentWhereSql(filter, params, today);
  const cells: Record<IncidentHeader, string> = {
    ...CELLS,
    response_overdue: booleanCell(`i.response_due_on < ${params.add(today, "date")}`),
  };
  return `SELECT ${INCIDENT_COLUMNS.map((c) => cells[c.header]).join(",\n  ")}
FROM incidents i
JOIN provinces p ON p.code = i.province_code
${sources}
WHERE ${where}
ORDER BY ${incidentOrderSql(filter.sort)}`;
}
