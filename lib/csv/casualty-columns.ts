import type { CsvHeading } from "@/lib/csv/columns";

// The columns of casualties.csv: a casualty with the incident it belongs to.
// PostgreSQL writes the cells (lib/data/exports/casualties-copy-sql.ts).
export const CASUALTY_COLUMNS = [
  { header: "incident_reference", hxl: "#event+id" },
  { header: "occurred_on", hxl: "#date+occurred" },
  { header: "country_code", hxl: "#country+code" },
  { header: "province_code", hxl: "#adm1+code" },
  { header: "province_name", hxl: "#adm1+name" },
  { header: "position", hxl: "#meta+position" },
  { header: "category", hxl: "#affected+category" },
  { header: "outcome", hxl: "#affected+outcome" },
  { header: "nationality", hxl: "#affected+nationality+code" },
  { header: "sex", hxl: "#affected+sex" },
  { header: "age", hxl: "#affected+age" },
  { header: "injuries", hxl: "#description+injuries" },
  { header: "unit", hxl: "#org+unit" },
] as const satisfies readonly CsvHeading[];

export type CasualtyHeader = (typeof CASUALTY_COLUMNS)[number]["header"];
