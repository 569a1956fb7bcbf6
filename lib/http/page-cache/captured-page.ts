import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/** A page as Next.js sent it, kept to be sent again with another nonce. */
export type CapturedPage = {
  status: number;
  headers: [string, string | string[]][];
  /** The body split at the nonce: joining it with a fresh nonce gives the page again. */
  bodyParts: Buffer[];
  nonce: string;
};

// Headers that describe one transfer, not the page; Node.js sets them again.
const TRANSFER_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

// A summary page is about 100 kB; anything far larger is not what this cache is for.
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

// A page streams after its 200 status: a redirect, a "not found" or an error thrown
// inside a Suspense boundary (a loading state) still arrives as a 200. React and
// Next.js then write these instructions, which a reader's text cannot produce (its
// quotes are escaped), and such a page is not kept.
const FAILED_STREAM_MARKERS = [' data-dgst="', '$RX("', 'id="__next-page-redirect"'].map((marker) => Buffer.from(marker));

/**
 * Records what Next.js writes to `response` while it still goes to the client, and
 * resolves with the page once it is complete, or with undefined when it must not be
 * reused: not a 200 HTML page that streamed without error, a cookie set, a compressed
 * body, or no nonce in its Content-Security-Policy (then a fresh one could not be put in).
 */
export function capturePage(response: ServerResponse): Promise<CapturedPage | undefined> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let headHeaders: OutgoingHttpHeaders = {};
  let usable = true;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (!usable || chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk)); // a copy: the writer may reuse its buffer
    else usable = false;
    bytes += chunks.at(-1)?.byteLength ?? 0;
    if (bytes > MAX_PAGE_BYTES) {
      usable = false;
      chunks.length = 0;
    }
  };

  const { write, end, writeHead } = response;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) usable = false;
    else if (headers) headHeaders = { ...headHeaders, ...(headers as OutgoingHttpHeaders) };
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];

  return new Promise((resolve) => {
    response.once("close", () => {
      if (!response.writableFinished || !usable) return resolve(undefined);
      resolve(pageOf(response.statusCode, lowerCased({ ...response.getHeaders(), ...headHeaders }), Buffer.concat(chunks)));
    });
  });
}

function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at >= 0; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.byteLength;
  }
  parts.push(body.subarray(from));
  return parts;
}

function pageOf(status: number, headers: OutgoingHttpHeaders, body: Buffer): CapturedPage | undefined {
  if (status !== 200) return undefined;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return undefined;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return undefined;
  if (FAILED_STREAM_MARKERS.some((marker) => body.includes(marker))) return undefined;
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce) return undefined;
  const kept: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
    kept.push([name, Array.isArray(value) ? value.map(String) : String(value)]);
  }
  return { status, headers: kept, bodyParts: splitAt(body, Buffer.from(nonce)), nonce };
}
