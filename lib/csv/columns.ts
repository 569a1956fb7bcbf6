import { formatRow, type CsvValue } from "@/lib/csv/format";

// A column of an export: its snake_case header, its HXL hashtag (the second row
// with ?hxl=1, read by HDX and the HXL Proxy) and how to get its value from a row.
export type CsvColumn<Row> = {
  header: string;
  hxl: string;
  value: (row: Row) => CsvValue;
};

export function headerRow<Row>(columns: readonly CsvColumn<Row>[]): string {
  return formatRow(columns.map((c) => c.header));
}

export function hxlRow<Row>(columns: readonly CsvColumn<Row>[]): string {
  return formatRow(columns.map((c) => c.hxl));
}

export function dataRow<Row>(columns: readonly CsvColumn<Row>[], row: Row): string {
  return formatRow(columns.map((c) => c.value(row)));
}
