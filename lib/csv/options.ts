import { formatDateOnly } from "@/lib/validations/dates";
import type { CsvOptions } from "@/lib/csv/document";

type Params = Record<string, string | string[] | undefined>;

export type CsvOptionsResult = { ok: true; options: CsvOptions } | { ok: false; errors: string[] };

/** ?bom=1 and ?hxl=1; anything but 1, 0 or nothing is refused rather than ignored. */
export function parseCsvOptions(params: Params): CsvOptionsResult {
  const errors: string[] = [];
  const flag = (key: "bom" | "hxl") => {
    const value = params[key];
    if (value === undefined || value === "" || value === "0") return false;
    if (value === "1") return true;
    errors.push(`${key}: use ${key}=1 or leave it out`);
    return false;
  };
  const options = { bom: flag("bom"), hxl: flag("hxl") };
  return errors.length ? { ok: false, errors } : { ok: true, options };
}

/** incidents-2025-08-09.csv: dated, so successive downloads do not overwrite each other. */
export function exportFilename(name: string, now: Date = new Date()): string {
  return `${name}-${formatDateOnly(now)}.csv`;
}

/** The query string as the filter parsers take it: a repeated key stays a list, so it can be refused. */
export function searchParamsRecord(params: URLSearchParams): Params {
  const record: Params = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}
