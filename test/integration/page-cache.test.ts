import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { makeSignature } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { createPageCacheHandler, createStampReader } from "@/lib/http/page-cache";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { incidentInput } from "../support/incident-input";

// The page cache in front of Next.js, on a real HTTP server and the test database's
// registry revision. Next.js itself is stood in for by a handler that renders the way
// it does (a nonce in the CSP header, the Link header and the body) and counts renders.

type Render = { status?: number; setCookie?: boolean; delayMs?: number; streamed?: string };
const renders: string[] = [];
let nextRender: Render = {};

async function standInForNext(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { status = 200, setCookie = false, delayMs = 0, streamed = "" } = nextRender;
  renders.push(request.url ?? "");
  const nonce = createNonce();
  const revision = (await getPrisma().registryRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  response.statusCode = status;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, false));
  response.setHeader("Link", `</style.css>; rel=preload; as="style"; nonce="${nonce}"`);
  if (setCookie) response.setHeader("Set-Cookie", "session=abc; HttpOnly");
  response.write(`<!DOCTYPE html><html><head><script nonce="${nonce}" src="/app.js"></script></head>`);
  response.end(`<body>${streamed}<p>revision ${revision}, ${request.headers["accept-encoding"] ?? "identity"}</p><script nonce="${nonce}">self.p(${JSON.stringify(nonce)})</script></body></html>`);
}

// The secret better-auth signs session cookies with (test/support/file-database.ts).
const SECRET = process.env.BETTER_AUTH_SECRET!;
/** A session cookie as better-auth sets it: the token, a dot and its signature. */
const sessionCookie = async (token: string, secret = SECRET) =>
  `__Secure-better-auth.session_token=${encodeURIComponent(`${token}.${await makeSignature(token, secret)}`)}`;

let server: http.Server;
let origin = "";
let stamp: ReturnType<typeof createStampReader>;
let stampReads = 0;
let databaseDown = false;

beforeAll(async () => {
  stamp = createStampReader(process.env.DATABASE_URL!);
  const handle = createPageCacheHandler(standInForNext, {
    sessionSecret: SECRET,
    readStamp: (sessionToken) => {
      stampReads++;
      return databaseDown ? Promise.reject(new Error("connect ECONNREFUSED")) : stamp.read(sessionToken);
    },
  });
  server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await stamp.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });
const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
const rendersOf = (path: string) => renders.filter((url) => url === path).length;

describe("page cache", () => {
  it("renders a summary page once, then sends it again with a fresh nonce everywhere", async () => {
    const first = await get("/provinces/TH-33");
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const firstBody = await first.text();
    const second = await get("/provinces/TH-33");
    const secondBody = await second.text();
    expect(second.status).toBe(200);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(rendersOf("/provinces/TH-33")).toBe(1);

    const [a, b] = [nonceOf(first)!, nonceOf(second)!];
    expect(b).not.toBe(a);
    expect(secondBody).not.toContain(a);
    expect(secondBody.split(b)).toHaveLength(4); // both script attributes and the inline payload
    expect(second.headers.get("link")).toContain(`nonce="${b}"`);
    expect(secondBody.split(b).join("N")).toBe(firstBody.split(a).join("N"));
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("renders again once something is written", async () => {
    const before = await (await get("/provinces")).text();
    await createIncident(incidentInput({ occurredOn: "2025-07-16" }));
    const after = await get("/provinces");
    expect(after.headers.get("x-page-cache")).toBe("miss");
    const revision = Number(/revision (\d+)/.exec(before)![1]);
    expect(await after.text()).toContain(`revision ${revision + 1}`);
    expect((await get("/provinces")).headers.get("x-page-cache")).toBe("hit");
  });

  it("keeps a signed-in reader's page for their session only, while it and their account stay the same", async () => {
    const user = await getPrisma().user.create({ data: { id: "u-reader", name: "Reader", email: "reader@test.example", role: "viewer" } });
    const session = async (id: string, expiresAt = new Date(Date.now() + 3_600_000)) =>
      getPrisma().session.create({ data: { id, token: `token-${id}`, expiresAt, userId: user.id } });
    const cookieOf = async (token: string) => ({ cookie: `theme=dark; ${await sessionCookie(token)}` });
    const one = await cookieOf((await session("s1")).token);
    const cacheOf = async (headers: Record<string, string>) => (await get("/provinces/KH-2", headers)).headers.get("x-page-cache");

    await get("/provinces/KH-2"); // the visitors' copy is not the reader's
    expect(await cacheOf(one)).toBe("miss");
    expect(await cacheOf(one)).toBe("hit");
    // Another session (another browser) of the same account has a page of its own.
    const two = await cookieOf((await session("s2")).token);
    expect(await cacheOf(two)).toBe("miss");

    // A change to the account (here its role, by hand) renders anew.
    await getPrisma().$executeRaw`UPDATE users SET role = 'editor' WHERE id = 'u-reader'`;
    expect(await cacheOf(one)).toBe("miss");
    expect(await cacheOf(one)).toBe("hit");

    // Signed out (the session row is gone) or expired: Next.js decides, every time.
    await getPrisma().session.delete({ where: { id: "s1" } });
    expect(await cacheOf(one)).toBeNull();
    expect(await cacheOf(one)).toBeNull();
    const expired = await cookieOf((await session("s3", new Date(Date.now() - 1000))).token);
    expect(await cacheOf(expired)).toBeNull();
  });

  it("treats a live session token with a signature the registry did not make as no session: no lookup, no copy", async () => {
    const user = await getPrisma().user.create({ data: { id: "u-forger", name: "Forger", email: "forger@test.example", role: "viewer" } });
    const { token } = await getPrisma().session.create({ data: { id: "s-live", token: "token-live", expiresAt: new Date(Date.now() + 3_600_000), userId: user.id } });
    const forged = [
      await sessionCookie(token, "another-secret-of-the-right-length-0123456789"),
      `better-auth.session_token=${token}`,
      `better-auth.session_token=${token}.`,
    ];
    const reads = stampReads;
    for (const cookie of forged) {
      for (let i = 0; i < 2; i++) expect((await get("/provinces/KH-3", { cookie })).headers.get("x-page-cache"), cookie).toBeNull();
    }
    expect(stampReads).toBe(reads);
    // The same token, signed with the registry's secret, is looked up.
    expect((await get("/provinces/KH-3", { cookie: await sessionCookie(token) })).headers.get("x-page-cache")).toBe("miss");
    expect(stampReads).toBe(reads + 1);
  });

  it("never serves a cached page to a request with other credentials, nor caches what it renders for one", async () => {
    await get("/");
    const rendered = rendersOf("/");
    const credentials: Record<string, string>[] = [
      { cookie: "theme=dark" },
      { cookie: "better-auth.session_token=unknown.sig" },
      { cookie: "better-auth.session_token=%E0%A4%A" }, // does not decode
      { cookie: "better-auth.session_token=a.sig; __Secure-better-auth.session_token=b.sig" }, // which one would count?
      { authorization: "Bearer x" },
      { rsc: "1" },
      { "cache-control": "no-cache" },
      { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
    ];
    for (const headers of credentials) {
      for (let i = 0; i < 2; i++) expect((await get("/", headers)).headers.get("x-page-cache"), JSON.stringify(headers)).toBeNull();
    }
    expect(rendersOf("/")).toBe(rendered + 2 * credentials.length);
    expect((await get("/")).headers.get("x-page-cache")).toBe("hit");
  });

  it("leaves other pages, parameters the page does not read, other methods and client-router requests to Next.js", async () => {
    const others = ["/incidents", "/provinces/TH-33/extra", "/protests", "/provinces?_rsc=abc", "/?x=1", "/provinces/TH-33?a=b", "/provinces?sort=a&sort=b"];
    for (const path of others) {
      await get(path);
      const again = await get(path);
      expect(again.headers.get("x-page-cache"), path).toBeNull();
    }
    const head = await fetch(`${origin}/provinces`, { method: "HEAD" });
    expect(head.headers.get("x-page-cache")).toBeNull();
    // The sort order of /provinces is part of its address.
    await get("/provinces?sort=incidents&dir=asc");
    expect((await get("/provinces?sort=incidents&dir=asc")).headers.get("x-page-cache")).toBe("hit");
  });

  it("keeps only 200 pages that streamed without error and set no cookie", async () => {
    // What React and Next.js write when a redirect, a "not found" or an error happens
    // inside a loading state, after the 200 went out.
    const failedStreams = [
      '<template data-dgst="NEXT_REDIRECT;replace;/sign-in;307;"></template>',
      '<script>$RX("B:0","1234")</script>',
      '<meta id="__next-page-redirect" http-equiv="refresh" content="1;url=/sign-in"/>',
    ];
    const renders: Render[] = [{ status: 404 }, { setCookie: true }, ...failedStreams.map((streamed) => ({ streamed }))];
    for (const [i, render] of renders.entries()) {
      nextRender = render;
      const path = `/provinces/XX-${i}`;
      await get(path);
      await get(path);
      expect(rendersOf(path), path).toBe(2);
    }
    nextRender = {};
  });

  it("compresses a cached page for clients that accept gzip", async () => {
    await get("/provinces/KH-2");
    const response = await new Promise<IncomingMessage>((resolve) =>
      http.get(`${origin}/provinces/KH-2`, { headers: { "accept-encoding": "br;q=1, gzip;q=0.8" } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(response.headers["x-page-cache"]).toBe("hit");
    expect(response.headers["content-encoding"]).toBe("gzip");
    const html = gunzipSync(Buffer.concat(chunks)).toString("utf8");
    expect(html).toContain(`nonce="${/'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))![1]}"`);
    // What Next.js rendered was uncompressed, so that the nonce could be replaced.
    expect(html).toContain("identity");
    const refused = await new Promise<IncomingMessage>((resolve) =>
      http.get(`${origin}/provinces/KH-2`, { headers: { "accept-encoding": "gzip;q=0, *" } }, resolve),
    );
    refused.resume();
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("renders once for readers who arrive together", async () => {
    nextRender = { delayMs: 200 };
    const responses = await Promise.all(Array.from({ length: 5 }, () => get("/provinces/KH-21")));
    nextRender = {};
    expect(rendersOf("/provinces/KH-21")).toBe(1);
    expect(responses.map((r) => r.headers.get("x-page-cache")).sort()).toEqual(["hit", "hit", "hit", "hit", "miss"]);
    expect(new Set(responses.map(nonceOf)).size).toBe(5);
  });

  it("does not keep a reader waiting long on a page rendered for a slow one: renders it for them", async () => {
    nextRender = { delayMs: 2_500 };
    const [first, second] = await Promise.all([get("/provinces/KH-22"), new Promise((r) => setTimeout(r, 100)).then(() => get("/provinces/KH-22"))]);
    nextRender = {};
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(second.headers.get("x-page-cache")).toBeNull(); // rendered for it, not kept twice
    expect(rendersOf("/provinces/KH-22")).toBe(2);
  });

  it("while the database is unreachable, hands every request to Next.js (which answers 503), cached or not", async () => {
    await get("/provinces/KH-1");
    expect((await get("/provinces/KH-1")).headers.get("x-page-cache")).toBe("hit");
    databaseDown = true;
    const reads = stampReads;
    const response = await get("/provinces/KH-1");
    databaseDown = false;
    expect(stampReads).toBe(reads + 1);
    expect(response.headers.get("x-page-cache")).toBeNull();
  });
});
