import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { createNonce } from "../content-security-policy";
import type { CapturedPage } from "./captured-page";

const compress = promisify(gzip);

/** Whether the client takes gzip: an explicit "gzip" entry decides, else "*". */
function acceptsGzip(request: IncomingMessage): boolean {
  const weights = new Map<string, number>();
  for (const entry of String(request.headers["accept-encoding"] ?? "").split(",")) {
    const [coding, ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    if (coding) weights.set(coding, q === undefined ? 1 : Number(q.slice(2)));
  }
  return (weights.get("gzip") ?? weights.get("*") ?? 0) > 0;
}

/**
 * Sends a cached page with a nonce of its own: every occurrence of the nonce it was
 * rendered with (script and style attributes, the Content-Security-Policy and Link
 * headers, the inline payload) is replaced, so no two responses share one.
 */
export async function replayPage(page: CapturedPage, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const nonce = createNonce();
  const swap = (value: string) => value.split(page.nonce).join(nonce);
  const fresh = Buffer.from(nonce);
  let body: Buffer = Buffer.concat(page.bodyParts.flatMap((part, i) => (i === 0 ? [part] : [fresh, part])));
  if (acceptsGzip(request)) {
    body = await compress(body, { level: 6 });
    response.setHeader("Content-Encoding", "gzip");
  }
  for (const [name, value] of page.headers) response.setHeader(name, Array.isArray(value) ? value.map(swap) : swap(value));
  response.setHeader("Content-Length", body.byteLength);
  response.setHeader("X-Page-Cache", "hit");
  response.writeHead(page.status);
  response.end(body);
}
