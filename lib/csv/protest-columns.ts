import type { CsvColumn } from "@/lib/csv/columns";

// One row of protests.csv: a protest or other Convention step.
export type ProtestCsvRow = {
  reference: string;
  kind: string;
  fromState: string;
  recipient: string;
  sentOn: string | null;
  documentReference: string | null;
  responseDueOn: string | null;
  responseReceivedOn: string | null;
  status: string;
  overdue: boolean;
  incidentReferences: string[];
  createdAt: string;
  updatedAt: string;
};

export const PROTEST_COLUMNS: readonly CsvColumn<ProtestCsvRow>[] = [
  { header: "reference", hxl: "#event+protest+id", value: (r) => r.reference },
  { header: "kind", hxl: "#event+protest+type", value: (r) => r.kind },
  { header: "from_state", hxl: "#country+code+from", value: (r) => r.fromState },
  { header: "recipient", hxl: "#org+recipient+code", value: (r) => r.recipient },
  { header: "sent_on", hxl: "#date+sent", value: (r) => r.sentOn },
  { header: "document_reference", hxl: "#meta+document+id", value: (r) => r.documentReference },
  { header: "response_due_on", hxl: "#date+due", value: (r) => r.responseDueOn },
  { header: "response_received_on", hxl: "#date+received", value: (r) => r.responseReceivedOn },
  { header: "status", hxl: "#status+protest", value: (r) => r.status },
  { header: "overdue", hxl: "#status+overdue", value: (r) => r.overdue },
  { header: "incident_references", hxl: "#event+id+list", value: (r) => r.incidentReferences.join(" ") },
  { header: "created_at", hxl: "#date+created", value: (r) => r.createdAt },
  { header: "updated_at", hxl: "#date+updated", value: (r) => r.updatedAt },
];
