import { type CopyParameters, sqlStrings } from "@/lib/data/exports/copy-parameters";
import { likeLiteral } from "@/lib/data/incidents/like-pattern";
import { ARTICLE_8_KINDS, type IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

/**
 * The SQL form of incidentWhere() (lib/data/incidents/incident-where.ts) for the
 * COPY exports, over the incidents table under `alias`: the same conditions, so an
 * export holds exactly the incidents the list counts (test/integration/exports.test.ts
 * compares the two). `today` is the UTC date that decides "overdue".
 */
export function incidentWhereSql(filter: IncidentFilter, params: CopyParameters, today: string, alias = "i"): string {
  const i = alias;
  const where: string[] = [];
  if (!filter.includeArchived) where.push(`${i}.archived_at IS NULL`);
  if (filter.country) where.push(`${i}.country_code = ${params.add(filter.country, "bpchar")}`);
  if (filter.province) where.push(`${i}.province_code = ${params.add(filter.province, "text")}`);
  if (filter.from) where.push(`${i}.occurred_on >= ${params.add(filter.from, "date")}`);
  if (filter.to) where.push(`${i}.occurred_on <= ${params.add(filter.to, "date")}`);
  if (filter.device_type) where.push(`${i}.device_type = ${params.add(filter.device_type, "device_type")}`);
  if (filter.emplacement) where.push(`${i}.emplacement = ${params.add(filter.emplacement, "emplacement")}`);
  if (filter.verification) where.push(`${i}.verification = ${params.add(filter.verification, "verification")}`);

  const protests = (condition: string) =>
    `SELECT 1 FROM protest_incidents pi JOIN protests pr ON pr.id = pi.protest_id
     WHERE pi.incident_id = ${i}.id AND pr.archived_at IS NULL${condition ? ` AND ${condition}` : ""}`;
  const some = (condition = "") => `EXISTS (${protests(condition)})`;
  const none = (condition = "") => `NOT EXISTS (${protests(condition)})`;
  const awaiting = `pr.status IN ${sqlStrings(AWAITING_RESPONSE)}`;
  if (filter.protest_status) where.push(...protestStatusSql(filter.protest_status, some, none, awaiting));
  if (filter.overdue) {
    where.push(some(`${awaiting} AND pr.response_received_on IS NULL AND pr.response_due_on < ${params.add(today, "date")}`));
  }

  if (filter.q) {
    const pattern = params.add(`%${likeLiteral(filter.q)}%`, "text");
    where.push(
      `(${i}.reference ILIKE ${pattern} OR ${i}.locality ILIKE ${pattern} OR ${i}.summary ILIKE ${pattern}
        OR ${i}.device_model ILIKE ${pattern}
        OR EXISTS (SELECT 1 FROM provinces qp WHERE qp.code = ${i}.province_code AND qp.name ILIKE ${pattern}))`,
    );
  }
  return where.length ? where.join("\n  AND ") : "TRUE";
}

// The precedence of deriveIncidentProtestStatus, as protestStatusWhere() in incident-where.ts writes it.
function protestStatusSql(
  status: IncidentProtestStatus,
  some: (condition?: string) => string,
  none: (condition?: string) => string,
  awaiting: string,
): string[] {
  const article8 = `pr.kind IN ${sqlStrings(ARTICLE_8_KINDS)}`;
  switch (status) {
    case "not_protested":
      return [none()];
    case "protest_drafted":
      return [some(), none(`pr.status <> 'draft'`)];
    case "closed":
      return [some(`pr.status = 'closed'`), none(`pr.status IN ('sent', 'acknowledged', 'response_received')`)];
    case "response_received":
      return [some(`pr.status = 'response_received'`)];
    case "clarification_requested":
      return [some(`${article8} AND ${awaiting}`), none(`pr.status = 'response_received'`)];
    case "protested":
      return [some(`NOT ${article8} AND ${awaiting}`), none(`${article8} AND ${awaiting}`), none(`pr.status = 'response_received'`)];
  }
}
