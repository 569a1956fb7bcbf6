import type { CsvColumn } from "@/lib/csv/columns";

// One row of provinces.csv: the totals of the matching incidents in one province.
export type ProvinceCsvRow = {
  countryCode: string;
  provinceCode: string;
  provinceName: string;
  incidents: number;
  killed: number;
  injured: number;
  newlyLaid: number;
  legacy: number;
  undetermined: number;
};

export const PROVINCE_COLUMNS: readonly CsvColumn<ProvinceCsvRow>[] = [
  { header: "country_code", hxl: "#country+code", value: (r) => r.countryCode },
  { header: "province_code", hxl: "#adm1+code", value: (r) => r.provinceCode },
  { header: "province_name", hxl: "#adm1+name", value: (r) => r.provinceName },
  { header: "incidents", hxl: "#event+num", value: (r) => r.incidents },
  { header: "killed", hxl: "#affected+killed", value: (r) => r.killed },
  { header: "injured", hxl: "#affected+injured", value: (r) => r.injured },
  { header: "newly_laid", hxl: "#event+num+newly_laid", value: (r) => r.newlyLaid },
  { header: "legacy", hxl: "#event+num+legacy", value: (r) => r.legacy },
  { header: "undetermined", hxl: "#event+num+undetermined", value: (r) => r.undetermined },
];
