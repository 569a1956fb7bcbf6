import { dataRow, headerRow, hxlRow, type CsvColumn } from "@/lib/csv/columns";
import { UTF8_BOM } from "@/lib/csv/format";

export type CsvOptions = { bom: boolean; hxl: boolean };

/**
 * The text of a CSV file as chunks: the header (with BOM and HXL row when asked)
 * before any row is read, so the download starts at once, then one chunk per
 * batch of rows, so a large export never sits in memory.
 */
export async function* csvChunks<Row>(
  columns: readonly CsvColumn<Row>[],
  batches: AsyncIterable<readonly Row[]>,
  options: CsvOptions,
): AsyncGenerator<string, void, undefined> {
  yield (options.bom ? UTF8_BOM : "") + headerRow(columns) + (options.hxl ? hxlRow(columns) : "");
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    let chunk = "";
    for (const row of batch) chunk += dataRow(columns, row);
    yield chunk;
  }
}
