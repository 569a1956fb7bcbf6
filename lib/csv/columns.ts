import { formatRow, type CsvValue } from "@/lib/csv/format";

// The heading of an export's column: its snake_case header and its HXL hashtag
// (the second row with ?hxl=1, read by HDX and the HXL Proxy).
export type CsvHeading = { header: string; hxl: string };

// A column whose cells are formatted here, from a row the data layer hands over
// (the exports PostgreSQL formats itself name their SQL per header instead).
export type CsvColumn<Row> = CsvHeading & { value: (row: Row) => CsvValue };

export function headerRow(columns: readonly CsvHeading[]): string {
  return formatRow(columns.map((c) => c.header));
}

export function hxlRow(columns: readonly CsvHeading[]): string {
  return formatRow(columns.map((c) => c.hxl));
}

export function dataRow<Row>(columns: readonly CsvColumn<Row>[], row: Row): string {
  return formatRow(columns.map((c) => c.value(row)));
}
