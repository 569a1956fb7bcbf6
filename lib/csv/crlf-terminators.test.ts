import { describe, expect, it } from "vitest";
import { crlfTerminators } from "@/lib/csv/crlf-terminators";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (chunks: Uint8Array[]) => new TextDecoder().decode(Buffer.concat(chunks));

function convert(chunks: Uint8Array[]): string {
  const convertChunk = crlfTerminators();
  return text(chunks.map(convertChunk));
}

// What COPY (FORMAT csv) sends: LF after each record, line breaks and quotes only inside quoted cells.
const COPY_OUTPUT = 'MI-1,"line one\nline two\r\nthree",x\nMI-2,"say ""hi""\n",ศรีสะเกษ\n"",,"a,b"\nMI-4,plain,ឧត្ដរមានជ័យ\n';
const EXPECTED = 'MI-1,"line one\nline two\r\nthree",x\r\nMI-2,"say ""hi""\n",ศรีสะเกษ\r\n"",,"a,b"\r\nMI-4,plain,ឧត្ដរមានជ័យ\r\n';

describe("CRLF record terminators for COPY output", () => {
  it("put a CR before every LF that ends a record and leave line breaks inside quoted cells alone", () => {
    expect(convert([bytes(COPY_OUTPUT)])).toBe(EXPECTED);
  });

  it("give the same bytes wherever the chunks are split, quotes and multi-byte characters included", () => {
    const input = bytes(COPY_OUTPUT);
    for (let at = 0; at <= input.length; at++) {
      expect(convert([input.subarray(0, at), input.subarray(at)]), `split at ${at}`).toBe(EXPECTED);
    }
    expect(convert([...input].map((b) => Uint8Array.of(b)))).toBe(EXPECTED);
  });

  it("keep the quote state from one chunk to the next, even across a doubled quote", () => {
    const convertChunk = crlfTerminators();
    expect(text([convertChunk(bytes('a,"x""'))])).toBe('a,"x""');
    expect(text([convertChunk(bytes('\n""y"\nb\n'))])).toBe('\n""y"\r\nb\r\n');
  });

  it("pass a chunk without a terminator through unchanged, and an empty one too", () => {
    const convertChunk = crlfTerminators();
    const chunk = bytes('"no end yet');
    expect(convertChunk(chunk)).toBe(chunk);
    expect(convertChunk(new Uint8Array(0))).toHaveLength(0);
  });
});
