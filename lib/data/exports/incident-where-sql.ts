import type { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { likeLiteral } from "@/lib/data/incidents/like-pattern";
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

  if (filter.protest_status) {
    where.push(`${i}.protest_status = ${params.add(filter.protest_status, "incident_protest_status")}`);
  }
  if (filter.overdue) where.push(`${i}.response_due_on < ${params.add(today, "date")}`);

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
