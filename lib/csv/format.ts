// RFC 4180 cells and rows. Every export goes through here, so the quoting and the
// formula neutralisation cannot differ between files.

export type CsvValue = string | number | boolean | null | undefined;

export const CRLF = "\r\n";
export const UTF8_BOM = "\uFEFF";

// A spreadsheet runs a cell that starts with one of these as a formula (CSV
// injection, OWASP); a leading apostrophe makes it text. Text that starts with an
// apostrophe gets one too, so the import (parse.ts) takes one off every cell that
// starts with an apostrophe and gets the text back exactly. Only strings are
// touched: a real number such as a longitude of -12.5 must stay a number.
const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function formatCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutralise(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF line end. */
export function formatRow(values: readonly CsvValue[]): string {
  return values.map(formatCell).join(",") + CRLF;
}
