import { INCIDENT_COLUMNS, type IncidentHeader } from "@/lib/csv/incident-columns";
import { type CopyParameters, sqlStrings } from "@/lib/data/exports/copy-parameters";
import { incidentWhereSql } from "@/lib/data/exports/incident-where-sql";
import { booleanCell, coordinateCell, dateCell, textCell, timestampCell } from "@/lib/data/exports/sql-cells";
import { ARTICLE_8_KINDS } from "@/lib/protests/incident-protest-status";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

// The SQL of each incidents.csv cell; the header list decides the order.
const CELLS: Record<IncidentHeader, string> = {
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
  killed: "coalesce(c.killed, 0)",
  injured: "coalesce(c.injured, 0)",
  military_casualties: "coalesce(c.military, 0)",
  deminer_casualties: "coalesce(c.deminer, 0)",
  civilian_casualties: "coalesce(c.civilian, 0)",
  verification: "i.verification",
  // deriveIncidentProtestStatus (lib/protests/incident-protest-status.ts) over the
  // incident's non-archived protests, counted in the ps join below.
  protest_status: `CASE WHEN ps.live IS NULL THEN 'not_protested'
     WHEN ps.beyond_draft = 0 THEN 'protest_drafted'
     WHEN ps.open = 0 THEN 'closed'
     WHEN ps.answered THEN 'response_received'
     WHEN ps.article8_awaiting THEN 'clarification_requested'
     ELSE 'protested' END`,
  response_overdue: booleanCell("coalesce(ps.overdue, false)"),
  summary: textCell("i.summary"),
  source_urls: textCell("s.urls"),
  created_at: timestampCell("i.created_at"),
  updated_at: timestampCell("i.updated_at"),
};

const CASUALTY_COUNTS = `count(*) FILTER (WHERE outcome = 'killed') AS killed, count(*) FILTER (WHERE outcome = 'injured') AS injured,
  count(*) FILTER (WHERE category = 'military') AS military, count(*) FILTER (WHERE category = 'deminer') AS deminer,
  count(*) FILTER (WHERE category = 'civilian') AS civilian`;
const SOURCE_URLS = `string_agg(url, ' ' ORDER BY position, id) AS urls`;

/** Whether the filter can leave out more than the archived incidents. */
export function narrowsIncidents(filter: IncidentFilter): boolean {
  const { q, country, province, from, to, device_type, emplacement, verification, protest_status, overdue } = filter;
  return Boolean(q || country || province || from || to || device_type || emplacement || verification || protest_status || overdue);
}

/**
 * The SELECT of incidents.csv for a filter, newest first as on /incidents. Casualty
 * counts and source URLs come from one GROUP BY over the whole table when most
 * incidents are exported (a hash join, the fastest for a million rows), and per
 * incident through its index when a filter narrows them (a province's incidents
 * should not cost a pass over every casualty).
 */
export function incidentsCopySql(filter: IncidentFilter, params: CopyParameters, today: string): string {
  const awaiting = `pr.status IN ${sqlStrings(AWAITING_RESPONSE)}`;
  const perIncident = narrowsIncidents(filter);
  const casualties = perIncident
    ? `LEFT JOIN LATERAL (SELECT ${CASUALTY_COUNTS} FROM casualties WHERE incident_id = i.id) c ON true`
    : `LEFT JOIN (SELECT incident_id, ${CASUALTY_COUNTS} FROM casualties GROUP BY incident_id) c ON c.incident_id = i.id`;
  const sources = perIncident
    ? `LEFT JOIN LATERAL (SELECT ${SOURCE_URLS} FROM sources WHERE incident_id = i.id) s ON true`
    : `LEFT JOIN (SELECT incident_id, ${SOURCE_URLS} FROM sources GROUP BY incident_id) s ON s.incident_id = i.id`;
  const where = incidentWhereSql(filter, params, today);
  return `SELECT ${INCIDENT_COLUMNS.map((c) => CELLS[c.header]).join(",\n  ")}
FROM incidents i
JOIN provinces p ON p.code = i.province_code
${casualties}
${sources}
LEFT JOIN (
  SELECT pi.incident_id, count(*) AS live,
         count(*) FILTER (WHERE pr.status <> 'draft') AS beyond_draft,
         count(*) FILTER (WHERE pr.status NOT IN ('draft', 'closed')) AS open,
         bool_or(pr.status = 'response_received') AS answered,
         bool_or(pr.kind IN ${sqlStrings(ARTICLE_8_KINDS)} AND ${awaiting}) AS article8_awaiting,
         bool_or(${awaiting} AND pr.response_received_on IS NULL AND pr.response_due_on < ${params.add(today, "date")}) AS overdue
  FROM protest_incidents pi JOIN protests pr ON pr.id = pi.protest_id
  WHERE pr.archived_at IS NULL
  GROUP BY pi.incident_id
) ps ON ps.incident_id = i.id
WHERE ${where}
ORDER BY i.occurred_on DESC, i.id DESC`;
}
