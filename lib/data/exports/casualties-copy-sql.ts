import type { CasualtyHeader } from "@/lib/csv/casualty-columns";
import { CASUALTY_COLUMNS } from "@/lib/csv/casualty-columns";
import type { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { incidentWhereSql } from "@/lib/data/exports/incident-where-sql";
import { dateCell, textCell } from "@/lib/data/exports/sql-cells";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

const CELLS: Record<CasualtyHeader, string> = {
  incident_reference: textCell("i.reference"),
  occurred_on: dateCell("i.occurred_on"),
  country_code: "i.country_code",
  province_code: "i.province_code",
  province_name: textCell("p.name"),
  position: "ca.position",
  category: "ca.category",
  outcome: "ca.outcome",
  // CHAR(2) as text drops the padding; an absent nationality stays an empty cell.
  nationality: "nullif(btrim(ca.nationality), '')",
  sex: "ca.sex",
  age: "ca.age",
  injuries: textCell("ca.injuries"),
  unit: textCell("ca.unit"),
};

/** The SELECT of casualties.csv: the casualties of the matching incidents, in the incidents' order, then by position. */
export function casualtiesCopySql(filter: IncidentFilter, params: CopyParameters, today: string): string {
  return `SELECT ${CASUALTY_COLUMNS.map((c) => CELLS[c.header]).join(",\n  ")}
FROM incidents i
JOIN provinces p ON p.code = i.province_code
JOIN casualties ca ON ca.incident_id = i.id
WHERE ${incidentWhereSql(filter, params, today)}
ORDER BY i.occurred_on DESC, i.id DESC, ca.position, ca.id`;
}
