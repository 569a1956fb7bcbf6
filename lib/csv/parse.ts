import { UTF8_BOM } from "@/lib/csv/format";

// Reads RFC 4180 text back into records: the inverse of format.ts, so a file this
// registry exported (or Excel saved) can be imported into another registry.

/**
 * One record with the number of the line it starts on (1 = the header), as a
 * spreadsheet shows it, and how many cells it has (`cells` may hold fewer: see readCsvRecords).
 */
export type CsvRecord = { line: number; cells: string[]; cellCount: number };

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: string };

/** Quoting that is not RFC 4180, at the line where reading stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

// format.ts puts a "'" before a text cell starting with one of these (an apostrophe
// included, so text that really starts with "'=" comes back as it was); take it off again.
const NEUTRALISED = /^'[=+\-@\t\r']/;

export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/**
 * Yields the records of the text one at a time, so a caller can stop early and
 * never holds more than one record it does not keep. Quoted cells may hold
 * commas, doubled quotes and line breaks; lines may end in CRLF, LF or CR; a BOM
 * and a final line end are allowed; blank lines are skipped. A quote inside an
 * unquoted cell, text after a closing quote or a quote never closed throws a
 * CsvSyntaxError with its line, after the records before it. A record keeps its
 * first `maxCells` cells and only counts the rest, so a line of millions of commas
 * costs no memory; a caller that knows the header's width passes it.
 */
export function* readCsvRecords(input: string, maxCells = Number.POSITIVE_INFINITY): Generator<CsvRecord, void, undefined> {
  const text = input.startsWith(UTF8_BOM) ? input.slice(UTF8_BOM.length) : input;
  let cells: string[] = [];
  let cellCount = 0;
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endCell = () => {
    if (cellCount < maxCells) cells.push(unneutralise(cell));
    cellCount += 1;
    cell = "";
    quoted = false;
  };
  // A line break is CRLF, LF or a lone CR; returns how many characters it takes.
  const breakAt = (at: number) => (text[at] === "\r" ? (text[at + 1] === "\n" ? 2 : 1) : text[at] === "\n" ? 1 : 0);

  while (i < text.length) {
    const char = text[i]!;
    const size = breakAt(i);
    if (char === '"' && cell === "" && !quoted) {
      const opened = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(opened, "A quoted cell is never closed");
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          cell += '"';
          i += 2;
          continue;
        }
        const inner = breakAt(i) || 1;
        if (breakAt(i) > 0) line += 1;
        cell += text.slice(i, i + inner);
        i += inner;
      }
      i += 1;
      quoted = true;
      if (i < text.length && text[i] !== "," && breakAt(i) === 0) {
        throw new CsvSyntaxError(line, "Text follows a closing quote; double each quote inside a quoted cell");
      }
    } else if (char === '"') {
      throw new CsvSyntaxError(line, "A quote inside an unquoted cell; put the whole cell in quotes");
    } else if (char === ",") {
      endCell();
      i += 1;
    } else if (size > 0) {
      const blank = cellCount === 0 && cell === "" && !quoted;
      endCell();
      if (!blank) yield { line: recordLine, cells, cellCount };
      cells = [];
      cellCount = 0;
      i += size;
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      i += 1;
    }
  }
  if (cellCount > 0 || cell !== "" || quoted) {
    endCell();
    yield { line: recordLine, cells, cellCount };
  }
}

/** All the records of a text at once, or its first quoting problem. */
export function parseCsv(input: string): CsvParseResult {
  try {
    return { ok: true, records: [...readCsvRecords(input)] };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, line: error.line, error: error.message };
    throw error;
  }
}
