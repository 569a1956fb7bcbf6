import { describe, expect, it } from "vitest";
import { crossSiteRefusal, isCrossSiteWrite } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>, method = "POST") =>
  new Request("http://localhost:3000/api/import/incidents", { method, headers: { host: "registry.example.org", ...headers } });

describe("isCrossSiteWrite", () => {
  it("lets through the registry's own pages, by Origin or Sec-Fetch-Site", () => {
    expect(isCrossSiteWrite(post({ origin: "https://registry.example.org", "sec-fetch-site": "same-origin" }), undefined)).toBe(false);
    expect(isCrossSiteWrite(post({ origin: "http://registry.example.org" }), undefined)).toBe(false);
    expect(isCrossSiteWrite(post({ "sec-fetch-site": "same-origin" }), undefined)).toBe(false);
  });

  it("refuses another site's page, a sibling subdomain and an opaque origin", () => {
    expect(isCrossSiteWrite(post({ origin: "https://attacker.example" }), undefined)).toBe(true);
    expect(isCrossSiteWrite(post({ "sec-fetch-site": "cross-site" }), undefined)).toBe(true);
    expect(isCrossSiteWrite(post({ "sec-fetch-site": "same-site", origin: "https://registry.example.org" }), undefined)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "https://evil.registry.example.org" }), undefined)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "null" }), undefined)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: "https://attacker.example" }, "DELETE"), undefined)).toBe(true);
  });

  it("takes the public address behind a proxy, from X-Forwarded-Host or BETTER_AUTH_URL", () => {
    const behindProxy = { host: "127.0.0.1:3000", origin: "https://registry.example.org" };
    expect(isCrossSiteWrite(post(behindProxy), undefined)).toBe(true);
    expect(isCrossSiteWrite(post({ ...behindProxy, "x-forwarded-host": "registry.example.org" }), undefined)).toBe(false);
    expect(isCrossSiteWrite(post(behindProxy), "https://registry.example.org/")).toBe(false);
  });

  it("lets through reads, and scripts that send neither header", () => {
    expect(isCrossSiteWrite(post({ origin: "https://attacker.example" }, "GET"), undefined)).toBe(false);
    expect(isCrossSiteWrite(post({}), undefined)).toBe(false);
  });

  it("refuses with 403 and a message", async () => {
    const response = crossSiteRefusal();
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/another site/);
  });
});
