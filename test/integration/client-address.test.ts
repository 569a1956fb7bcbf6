import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { createAccount } from "@/lib/data/users/create-account";
import { readEnv } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/client-address";
import { withClientAddress } from "@/lib/http/forwarded-client-address";
import { isCrossSiteWrite } from "@/lib/http/same-origin";

// The client address as the production server (scripts/production-server.mjs) hands
// it to Next.js, on a real HTTP server: whatever X-Forwarded-For a client sends, the
// per-address sign-in limit counts the connection's address unless the registry is
// told which proxies to trust (TRUSTED_PROXIES); the other proxy headers reach
// Next.js only from such a proxy.

const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

const headersOf = (request: IncomingMessage) =>
  new Headers(Object.entries(request.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));

/** A stand-in for Next.js: signs in with the form's answer, as signInAction does, and reports the address it used. */
async function signInHandler(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = headersOf(request);
  const address = clientAddressOf(headers);
  const url = new URL(request.url ?? "/", "http://registry.invalid");
  const result = await signInWithPassword(url.searchParams.get("email")!, url.searchParams.get("password")!, address);
  response.setHeader("Content-Type", "application/json");
  response.end(JSON.stringify({ address, result: result.ok ? "signed_in" : result.reason }));
}

const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** A stand-in for Next.js that reports the proxy headers it got and whether lib/http/same-origin.ts takes the request for a cross-site write. */
async function proxyHeadersHandler(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = headersOf(request);
  const crossSite = isCrossSiteWrite(new Request("http://registry.invalid/", { method: "POST", headers }), undefined);
  response.setHeader("Content-Type", "application/json");
  response.end(JSON.stringify({ proxyHeaders: PROXY_HEADERS.filter((name) => headers.has(name)), crossSite }));
}

async function frontServer(trustedProxies: string, handler = signInHandler): Promise<string> {
  const server = http.createServer(withClientAddress(handler, readEnv({ NODE_ENV: "test", TRUSTED_PROXIES: trustedProxies }).TRUSTED_PROXIES));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function attempt(origin: string, email: string, password: string, forwardedFor?: string) {
  const response = await fetch(`${origin}/?${new URLSearchParams({ email, password })}`, { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });
  return (await response.json()) as { address: string; result: string };
}

describe("client address", () => {
  it("is the connection's when no proxy is trusted: an X-Forwarded-For of the client's choosing does not escape the per-address limit", async () => {
    const origin = await frontServer("");
    const email = "spoofer@test.example";
    await createAccount({ email, name: "Spoofer", role: "viewer", password: "the-right-password" });
    const answers = [];
    for (let i = 1; i <= 6; i++) answers.push(await attempt(origin, email, "wrong-password", `198.51.100.${i}, 203.0.113.${i}`));
    expect(answers.map((a) => a.address)).toEqual(Array(6).fill("127.0.0.1"));
    expect(answers.map((a) => a.result)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid", "rate_limited"]);
    expect(await attempt(origin, email, "the-right-password", "192.0.2.99")).toEqual({ address: "127.0.0.1", result: "rate_limited" });
  });

  it("behind trusted proxies is the right-most address that is not one of them", async () => {
    const email = "behind-proxy@test.example";
    await createAccount({ email, name: "Behind", role: "viewer", password: "the-right-password" });
    for (const trusted of ["1", "127.0.0.0/8, ::1", "127.0.0.1"]) {
      const origin = await frontServer(trusted);
      // The client wrote 198.51.100.1 itself; the proxy appended the address it saw.
      expect((await attempt(origin, email, "wrong-password", "198.51.100.1, 203.0.113.50")).address, trusted).toBe("203.0.113.50");
      expect((await attempt(origin, email, "wrong-password")).address, trusted).toBe("127.0.0.1");
    }
  });

  it("keeps X-Forwarded-Host and the other proxy headers only from a trusted proxy: a client's own cannot pass a cross-site write for same-origin", async () => {
    // A page on evil.example posting to the registry, its request claiming the registry is evil.example.
    const sent = {
      origin: "http://evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "http",
      "x-forwarded-port": "80",
      forwarded: "for=198.51.100.1;host=evil.example",
      "x-real-ip": "198.51.100.1",
    };
    for (const [trusted, proxyHeaders, crossSite] of [
      ["", [], true],
      ["10.0.0.0/8", [], true],
      ["1", PROXY_HEADERS, false],
      ["127.0.0.1", PROXY_HEADERS, false],
    ] as const) {
      const response = await fetch(await frontServer(trusted, proxyHeadersHandler), { headers: sent });
      expect(await response.json(), trusted).toEqual({ proxyHeaders, crossSite });
    }
  });
});
