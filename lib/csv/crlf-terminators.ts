// PostgreSQL's COPY … (FORMAT csv) ends every record with LF; the contract (RFC 4180)
// wants CRLF. A line break inside a value is always inside a quoted cell, so an LF
// outside quotes is a record terminator and gets a CR before it. The quote state
// carries over from chunk to chunk: a cell, or a doubled quote, may be split anywhere.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A converter for one COPY stream: call it on each chunk, in order. */
export function crlfTerminators(): (chunk: Uint8Array) => Uint8Array {
  let quoted = false;
  return (chunk) => {
    const terminators: number[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === LF && !quoted) terminators.push(i);
    }
    if (terminators.length === 0) return chunk;
    const out = new Uint8Array(chunk.length + terminators.length);
    let from = 0;
    let to = 0;
    for (const at of terminators) {
      out.set(chunk.subarray(from, at), to);
      to += at - from;
      out[to++] = CR;
      from = at;
    }
    out.set(chunk.subarray(from), to);
    return out;
  };
}
