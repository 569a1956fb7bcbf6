import type { CsvColumn } from "@/lib/csv/columns";

// One row of casualties.csv: a casualty with the incident it belongs to.
export type CasualtyCsvRow = {
  incidentReference: string;
  occurredOn: string;
  countryCode: string;
  provinceCode: string;
  provinceName: string;
  position: number;
  category: string;
  outcome: string;
  nationality: string | null;
  sex: string;
  age: number | null;
  injuries: string | null;
  unit: string | null;
};

export const CASUALTY_COLUMNS: readonly CsvColumn<CasualtyCsvRow>[] = [
  { header: "incident_reference", hxl: "#event+id", value: (r) => r.incidentReference },
  { header: "occurred_on", hxl: "#date+occurred", value: (r) => r.occurredOn },
  { header: "country_code", hxl: "#country+code", value: (r) => r.countryCode },
  { header: "province_code", hxl: "#adm1+code", value: (r) => r.provinceCode },
  { header: "province_name", hxl: "#adm1+name", value: (r) => r.provinceName },
  { header: "position", hxl: "#meta+position", value: (r) => r.position },
  { header: "category", hxl: "#affected+category", value: (r) => r.category },
  { header: "outcome", hxl: "#affected+outcome", value: (r) => r.outcome },
  { header: "nationality", hxl: "#affected+nationality+code", value: (r) => r.nationality },
  { header: "sex", hxl: "#affected+sex", value: (r) => r.sex },
  { header: "age", hxl: "#affected+age", value: (r) => r.age },
  { header: "injuries", hxl: "#description+injuries", value: (r) => r.injuries },
  { header: "unit", hxl: "#org+unit", value: (r) => r.unit },
];
