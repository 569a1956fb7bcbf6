import { describe, expect, it } from "vitest";
import { formatCell, formatRow, neutralise } from "@/lib/csv/format";

describe("CSV cells (RFC 4180)", () => {
  it("leave plain text alone and quote only what needs it", () => {
    expect(formatCell("Don Ao")).toBe("Don Ao");
    expect(formatCell("Kantharalak, Si Sa Ket")).toBe('"Kantharalak, Si Sa Ket"');
    expect(formatCell('the "PMN-2" mine')).toBe('"the ""PMN-2"" mine"');
    expect(formatCell("line one\nline two")).toBe('"line one\nline two"');
    expect(formatCell("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it("keep Thai and Khmer text as it is", () => {
    expect(formatCell("ศรีสะเกษ")).toBe("ศรีสะเกษ");
    expect(formatCell("ឧត្ដរមានជ័យ")).toBe("ឧត្ដរមានជ័យ");
    expect(formatCell("ศรีสะเกษ, ឧត្ដរមានជ័យ")).toBe('"ศรีสะเกษ, ឧត្ដរមានជ័យ"');
  });

  it("write unknown values as empty cells and booleans as true/false", () => {
    expect(formatCell(null)).toBe("");
    expect(formatCell(undefined)).toBe("");
    expect(formatCell("")).toBe("");
    expect(formatCell(true)).toBe("true");
    expect(formatCell(false)).toBe("false");
    expect(formatCell(Number.NaN)).toBe("");
  });
});

describe("formula neutralisation", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+66 2 123", "'+66 2 123"],
    ["-1+1", "'-1+1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["'=1+1", "''=1+1"],
    ["'quoted", "''quoted"],
  ])("puts an apostrophe before %j", (text, expected) => {
    expect(neutralise(text)).toBe(expected);
    expect(formatCell(text)).toBe(expected);
  });

  it("neutralises before quoting, so the apostrophe sits inside the quotes", () => {
    expect(formatCell("=HYPERLINK(\"http://x\",\"a\")")).toBe('"\'=HYPERLINK(""http://x"",""a"")"');
    expect(formatCell("\r=1")).toBe("\"'\r=1\"");
  });

  it("leaves a text that only contains those characters later alone", () => {
    expect(formatCell("a=b")).toBe("a=b");
    expect(formatCell("MI-2025-0001")).toBe("MI-2025-0001");
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(formatCell(-12.5)).toBe("-12.5");
    expect(formatCell(104.6912)).toBe("104.6912");
    expect(formatCell(0)).toBe("0");
  });
});

describe("CSV rows", () => {
  it("join cells with commas and end with CRLF", () => {
    expect(formatRow(["MI-2025-0001", 14.38, -12.5, null, "a,b", false])).toBe('MI-2025-0001,14.38,-12.5,,"a,b",false\r\n');
  });
});
