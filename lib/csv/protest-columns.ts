import type { CsvHeading } from "@/lib/csv/columns";

// The columns of protests.csv: a protest or other Convention step.
// PostgreSQL writes the cells (lib/data/exports/protests-copy-sql.ts).
export const PROTEST_COLUMNS = [
  { header: "reference", hxl: "#event+protest+id" },
  { header: "kind", hxl: "#event+protest+type" },
  { header: "from_state", hxl: "#country+code+from" },
  { header: "recipient", hxl: "#org+recipient+code" },
  { header: "sent_on", hxl: "#date+sent" },
  { header: "document_reference", hxl: "#meta+document+id" },
  { header: "response_due_on", hxl: "#date+due" },
  { header: "response_received_on", hxl: "#date+received" },
  { header: "status", hxl: "#status+protest" },
  { header: "overdue", hxl: "#status+overdue" },
  { header: "incident_references", hxl: "#event+id+list" },
  { header: "created_at", hxl: "#date+created" },
  { header: "updated_at", hxl: "#date+updated" },
] as const satisfies readonly CsvHeading[];

export type ProtestHeader = (typeof PROTEST_COLUMNS)[number]["header"];
