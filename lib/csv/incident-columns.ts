import type { CsvColumn } from "@/lib/csv/columns";

// One row of incidents.csv, as the data layer hands it over: dates already
// YYYY-MM-DD, timestamps ISO 8601 UTC, enums as their codes.
export type IncidentCsvRow = {
  reference: string;
  occurredOn: string;
  countryCode: string;
  provinceCode: string;
  provinceName: string;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  deviceType: string;
  deviceModel: string | null;
  emplacement: string;
  emplacementBasis: string | null;
  activity: string;
  killed: number;
  injured: number;
  militaryCasualties: number;
  deminerCasualties: number;
  civilianCasualties: number;
  verification: string;
  protestStatus: string;
  responseOverdue: boolean;
  summary: string;
  sourceUrls: string[];
  createdAt: string;
  updatedAt: string;
};

// The order is part of the contract with other tools (PRODUCT.md): append, never reorder.
export const INCIDENT_COLUMNS: readonly CsvColumn<IncidentCsvRow>[] = [
  { header: "reference", hxl: "#event+id", value: (r) => r.reference },
  { header: "occurred_on", hxl: "#date+occurred", value: (r) => r.occurredOn },
  { header: "country_code", hxl: "#country+code", value: (r) => r.countryCode },
  { header: "province_code", hxl: "#adm1+code", value: (r) => r.provinceCode },
  { header: "province_name", hxl: "#adm1+name", value: (r) => r.provinceName },
  { header: "locality", hxl: "#loc+name", value: (r) => r.locality },
  { header: "latitude", hxl: "#geo+lat", value: (r) => r.latitude },
  { header: "longitude", hxl: "#geo+lon", value: (r) => r.longitude },
  { header: "device_type", hxl: "#item+device+type", value: (r) => r.deviceType },
  { header: "device_model", hxl: "#item+device+model", value: (r) => r.deviceModel },
  { header: "emplacement", hxl: "#status+emplacement", value: (r) => r.emplacement },
  { header: "emplacement_basis", hxl: "#description+emplacement", value: (r) => r.emplacementBasis },
  { header: "activity", hxl: "#activity+code", value: (r) => r.activity },
  { header: "killed", hxl: "#affected+killed", value: (r) => r.killed },
  { header: "injured", hxl: "#affected+injured", value: (r) => r.injured },
  { header: "military_casualties", hxl: "#affected+military", value: (r) => r.militaryCasualties },
  { header: "deminer_casualties", hxl: "#affected+deminer", value: (r) => r.deminerCasualties },
  { header: "civilian_casualties", hxl: "#affected+civilian", value: (r) => r.civilianCasualties },
  { header: "verification", hxl: "#status+verification", value: (r) => r.verification },
  { header: "protest_status", hxl: "#status+protest", value: (r) => r.protestStatus },
  { header: "response_overdue", hxl: "#status+overdue", value: (r) => r.responseOverdue },
  { header: "summary", hxl: "#description+summary", value: (r) => r.summary },
  { header: "source_urls", hxl: "#meta+url", value: (r) => r.sourceUrls.join(" ") },
  { header: "created_at", hxl: "#date+created", value: (r) => r.createdAt },
  { header: "updated_at", hxl: "#date+updated", value: (r) => r.updatedAt },
];
