import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { proxy as Proxy } from "@/proxy";
import { signedIn } from "../support/sessions";

// proxy.ts runs before every request: without a session cookie, a page is a real
// redirect to sign-in and an API route a 401, before anything renders (a page with
// a loading state would otherwise answer 200 and stream the redirect inside it).

// proxy.ts reads PUBLIC_READ once, when it loads.
async function loadProxy(publicRead: "0" | "1"): Promise<typeof Proxy> {
  vi.resetModules();
  vi.stubEnv("PUBLIC_READ", publicRead);
  return (await import("@/proxy")).proxy;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const request = (path: string, init: { method?: string; cookie?: string } = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: init.cookie ? { cookie: init.cookie } : {} });

describe("proxy without a session", () => {
  it("redirects a page to sign-in, then back to it, and answers an API route 401", async () => {
    const proxy = await loadProxy("0");
    for (const path of ["/", "/incidents?country=TH&from=2025-07-01", "/provinces/TH-33", "/admin/users"]) {
      const response = await proxy(request(path));
      expect(response.status, path).toBe(307);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("next")).toBe(path);
    }
    expect((await proxy(request("/incidents", { method: "HEAD" }))).status).toBe(307);
    for (const [method, path] of [["GET", "/api/export/incidents.csv"], ["GET", "/api/maps/incidents.svg"], ["POST", "/api/import/incidents"]] as const) {
      const response = await proxy(request(path, { method }));
      expect(response.status, path).toBe(401);
      expect((await response.json()).message).toMatch(/^(Sign in|Nothing was changed)/);
    }
  });

  it("leaves sign-in, the health check, the outage page and form posts open", async () => {
    const proxy = await loadProxy("0");
    for (const path of ["/sign-in", "/sign-in?next=%2Fincidents", "/api/health", "/unavailable"]) {
      expect((await proxy(request(path))).status, path).toBe(200);
    }
    // A form posted after the session ended: its Server Action answers with a message and keeps what was typed.
    expect((await proxy(request("/incidents/new", { method: "POST" }))).status).toBe(200);
  });

  it("lets a request with a session cookie through (the page checks it), and with PUBLIC_READ on lets reads through", async () => {
    const { cookie } = await signedIn("viewer");
    const proxy = await loadProxy("0");
    expect((await proxy(request("/incidents", { cookie }))).status).toBe(200);
    expect((await proxy(request("/api/export/incidents.csv", { cookie }))).status).toBe(200);

    const publicProxy = await loadProxy("1");
    expect((await publicProxy(request("/incidents"))).status).toBe(200);
    expect((await publicProxy(request("/api/export/incidents.csv"))).status).toBe(200);
    expect((await publicProxy(request("/api/import/incidents", { method: "POST" }))).status).toBe(401);
  });
});
