import { dataRow, headerRow, hxlRow, type CsvColumn, type CsvHeading } from "@/lib/csv/columns";
import { UTF8_BOM } from "@/lib/csv/format";

export type CsvOptions = { bom: boolean; hxl: boolean };

/**
 * The chunks of a CSV file: the header (with BOM and HXL row when asked) before
 * any record is read, so the download starts at once, then the records as they
 * come, CRLF-terminated already.
 */
export async function* csvChunks(
  columns: readonly CsvHeading[],
  records: AsyncIterable<string | Uint8Array>,
  options: CsvOptions,
): AsyncGenerator<string | Uint8Array, void, undefined> {
  yield (options.bom ? UTF8_BOM : "") + headerRow(columns) + (options.hxl ? hxlRow(columns) : "");
  yield* records;
}

/** Rows formatted here, one chunk per batch, so a large export never sits in memory. */
export async function* formattedRecords<Row>(
  columns: readonly CsvColumn<Row>[],
  batches: AsyncIterable<readonly Row[]>,
): AsyncGenerator<string, void, undefined> {
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    let chunk = "";
    for (const row of batch) chunk += dataRow(columns, row);
    yield chunk;
  }
}
