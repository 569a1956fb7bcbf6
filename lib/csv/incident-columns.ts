import type { CsvHeading } from "@/lib/csv/columns";

// The columns of incidents.csv. The order is part of the contract with other tools
// (PRODUCT.md): append, never reorder. PostgreSQL writes the cells
// (lib/data/exports/incidents-copy-sql.ts names the SQL of each header).
export const INCIDENT_COLUMNS = [
  { header: "reference", hxl: "#event+id" },
  { header: "occurred_on", hxl: "#date+occurred" },
  { header: "country_code", hxl: "#country+code" },
  { header: "province_code", hxl: "#adm1+code" },
  { header: "province_name", hxl: "#adm1+name" },
  { header: "locality", hxl: "#loc+name" },
  { header: "latitude", hxl: "#geo+lat" },
  { header: "longitude", hxl: "#geo+lon" },
  { header: "device_type", hxl: "#item+device+type" },
  { header: "device_model", hxl: "#item+device+model" },
  { header: "emplacement", hxl: "#status+emplacement" },
  { header: "emplacement_basis", hxl: "#description+emplacement" },
  { header: "activity", hxl: "#activity+code" },
  { header: "killed", hxl: "#affected+killed" },
  { header: "injured", hxl: "#affected+injured" },
  { header: "military_casualties", hxl: "#affected+military" },
  { header: "deminer_casualties", hxl: "#affected+deminer" },
  { header: "civilian_casualties", hxl: "#affected+civilian" },
  { header: "verification", hxl: "#status+verification" },
  { header: "protest_status", hxl: "#status+protest" },
  { header: "response_overdue", hxl: "#status+overdue" },
  { header: "summary", hxl: "#description+summary" },
  { header: "source_urls", hxl: "#meta+url" },
  { header: "created_at", hxl: "#date+created" },
  { header: "updated_at", hxl: "#date+updated" },
] as const satisfies readonly CsvHeading[];

export type IncidentHeader = (typeof INCIDENT_COLUMNS)[number]["header"];
