import {
  ACTIVITY_LABELS,
  COORDINATE_PRECISION_LABELS,
  CASUALTY_CATEGORY_LABELS,
  CASUALTY_OUTCOME_LABELS,
  DEVICE_TYPE_LABELS,
  EMPLACEMENT_LABELS,
  PROTEST_KIND_LABELS,
  PROTEST_STATUS_LABELS,
  VERIFICATION_LABELS,
} from "@/lib/labels";
import { ROLE_LABELS } from "@/lib/auth/roles";

// How a stored field and its value read in the history and in an edit-conflict message.

const FIELD_LABELS: Record<string, string> = {
  occurredOn: "Date",
  occurredAt: "Time",
  countryCode: "Country",
  provinceCode: "Province",
  locality: "Locality",
  latitude: "Latitude",
  longitude: "Longitude",
  coordinatePrecision: "Precision of the coordinates",
  deviceType: "Device type",
  deviceModel: "Device model",
  emplacement: "Emplacement",
  emplacementBasis: "Basis of the emplacement assessment",
  activity: "Activity at the time",
  summary: "Summary",
  verification: "Verification",
  casualties: "Casualties",
  sources: "Sources",
  archivedAt: "Archived",
  kind: "Kind",
  fromState: "From",
  recipient: "To",
  sentOn: "Date sent",
  documentReference: "Document reference",
  responseDueOn: "Response due",
  responseReceivedOn: "Response received",
  responseSummary: "Response summary",
  notes: "Notes",
  status: "Status",
  statusNote: "Note",
  incidents: "Incidents covered",
  role: "Role",
  email: "Email",
  name: "Name",
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  deviceType: DEVICE_TYPE_LABELS,
  coordinatePrecision: COORDINATE_PRECISION_LABELS,
  emplacement: EMPLACEMENT_LABELS,
  activity: ACTIVITY_LABELS,
  verification: VERIFICATION_LABELS,
  kind: PROTEST_KIND_LABELS,
  status: PROTEST_STATUS_LABELS,
  role: ROLE_LABELS,
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

type Row = Record<string, unknown>;

function casualtyText(c: Row): string {
  const outcome = CASUALTY_OUTCOME_LABELS[c.outcome as keyof typeof CASUALTY_OUTCOME_LABELS] ?? String(c.outcome);
  const category = CASUALTY_CATEGORY_LABELS[c.category as keyof typeof CASUALTY_CATEGORY_LABELS] ?? String(c.category);
  return `${outcome.toLowerCase()} ${category.toLowerCase()}${c.injuries ? ` (${String(c.injuries)})` : ""}`;
}

export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    if (field === "casualties") return value.map((c) => casualtyText(c as Row)).join("; ");
    if (field === "sources") return value.map((s) => `${String((s as Row).outlet)} ${String((s as Row).url)}`).join("; ");
    return value.map(String).join(", ");
  }
  if (field === "archivedAt") return `archived ${String(value).slice(0, 10)}`;
  return VALUE_LABELS[field]?.[String(value)] ?? String(value);
}
