import { describe, expect, it } from "vitest";
import { formatRow, UTF8_BOM } from "@/lib/csv/format";
import { CsvSyntaxError, parseCsv, readCsvRecords, unneutralise } from "@/lib/csv/parse";

const cellsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.records.map((r) => r.cells);
};

describe("parseCsv (RFC 4180)", () => {
  it("splits records on CRLF, LF or CR and allows a final line end", () => {
    expect(cellsOf("a,b\r\nc,d\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(cellsOf("a,b\nc,d")).toEqual([["a", "b"], ["c", "d"]]);
    expect(cellsOf("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("keeps empty cells, including a last one", () => {
    expect(cellsOf(",a,,\r\n")).toEqual([["", "a", "", ""]]);
    expect(cellsOf('""\r\n')).toEqual([[""]]);
  });

  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    expect(cellsOf('"Kantharalak, Si Sa Ket","the ""PMN-2"" mine","one\r\ntwo\nthree"\r\nx,y,z\r\n')).toEqual([
      ["Kantharalak, Si Sa Ket", 'the "PMN-2" mine', "one\r\ntwo\nthree"],
      ["x", "y", "z"],
    ]);
  });

  it("numbers each record by the line it starts on, counting breaks inside quotes", () => {
    const result = parseCsv('h\r\n"a\r\nb"\r\nc\r\n\r\nd\r\n');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
  });

  it("drops a UTF-8 BOM and keeps Thai and Khmer text", () => {
    expect(cellsOf(`${UTF8_BOM}name\r\nศรีสะเกษ\r\nឧត្ដរមានជ័យ\r\n`)).toEqual([["name"], ["ศรีสะเกษ"], ["ឧត្ដរមានជ័យ"]]);
  });

  it("reads back what formatRow writes, neutralised formulas included", () => {
    const values = ["=SUM(A1)", "+1", "-x", "@PMN-2", "\tTab", "\rCR", "'=1+1", "''x", "'-", "'", 'a "quoted", text', "line\r\nbreak", "ok", ""];
    expect(cellsOf(formatRow(values) + formatRow(values))).toEqual([values, values]);
  });

  it("refuses malformed quoting with the line of the problem", () => {
    expect(parseCsv('a,"open\r\nb\r\n')).toEqual({ ok: false, line: 1, error: "A quoted cell is never closed" });
    expect(parseCsv('a\r\n"x"y,b\r\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a\r\nb\r\nx"y\r\n')).toMatchObject({ ok: false, line: 3 });
  });
});

describe("readCsvRecords", () => {
  it("reads one record at a time, so a caller that stops early never meets what follows", () => {
    const records = readCsvRecords('a,b\r\nc\r\nx"y\r\n');
    expect(records.next().value).toEqual({ line: 1, cells: ["a", "b"], cellCount: 2 });
    expect(records.next().value).toEqual({ line: 2, cells: ["c"], cellCount: 1 });
    expect(() => records.next()).toThrow(new CsvSyntaxError(3, "A quote inside an unquoted cell; put the whole cell in quotes"));
  });

  it("keeps at most the cells asked for, and counts them all", () => {
    expect([...readCsvRecords("a,b\r\n,,,,\r\nc\r\n,\r\n", 2)]).toEqual([
      { line: 1, cells: ["a", "b"], cellCount: 2 },
      { line: 2, cells: ["", ""], cellCount: 5 },
      { line: 3, cells: ["c"], cellCount: 1 },
      { line: 4, cells: ["", ""], cellCount: 2 },
    ]);
  });
});

describe("unneutralise", () => {
  it("takes the apostrophe off a neutralised formula only", () => {
    expect(unneutralise("'=1+1")).toBe("=1+1");
    expect(unneutralise("'-5")).toBe("-5");
    expect(unneutralise("'\tx")).toBe("\tx");
    expect(unneutralise("'quoted'")).toBe("'quoted'");
    expect(unneutralise("''=1+1")).toBe("'=1+1");
    expect(unneutralise("'''x")).toBe("''x");
    expect(unneutralise("-12.5")).toBe("-12.5");
  });
});
