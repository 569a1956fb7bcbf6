import { expect, test, type Page } from "@playwright/test";
import { OWN_EDITOR, signInAndFillIncident, startOwnRegistry, waitFor, type OwnRegistry } from "./support/own-registry";
import { uniqueToken, validIncident } from "./support/incident-form";

// A summary page is rendered once per registry revision and reader, then sent again
// with a fresh nonce (lib/http/page-cache); PUBLIC_READ is on here so that visitors
// who are not signed in read too. In a real browser: the copy runs under its own
// Content-Security-Policy, a write shows at once, a signed-out session's cookie gets
// nothing cached, and an outage is still a 503.

const PORT = Number(process.env.PAGE_CACHE_PORT ?? 3120);
const DATABASE_PORT = Number(process.env.PAGE_CACHE_PG_PORT ?? 54359);
const PROVINCE = "/provinces/TH-33";

let registry: OwnRegistry;

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  registry = await startOwnRegistry({ port: PORT, databasePort: DATABASE_PORT, env: { PUBLIC_READ: "1" } });
});

test.afterAll(async () => {
  await registry?.close();
});

async function readAnonymously(page: Page): Promise<{ cache: string | null; nonce: string | undefined }> {
  const response = await page.goto(`${registry.baseUrl}${PROVINCE}`);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  return { cache: headers["x-page-cache"] ?? null, nonce: /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] };
}

test("a cached summary page runs under its own nonce, shows a write at once, and is per reader", async ({ page, browser, request }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.violatedDirective),
    );
  });

  const first = await readAnonymously(page);
  await expect(page.getByText("No incidents are recorded in Si Sa Ket.")).toBeVisible();
  const second = await readAnonymously(page);
  expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
  expect(second.nonce).toBeTruthy();
  expect(second.nonce).not.toBe(first.nonce);
  // Next.js's inline scripts ran (they are allowed by nonce only), and the page navigates as an app.
  expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  await page.getByRole("link", { name: "see the provinces that have incidents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Provinces" })).toBeVisible();
  expect(violations).toEqual([]);

  // An editor logs an incident in the province; the next anonymous view has it.
  const editorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const editor = await editorContext.newPage();
  await signInAndFillIncident(editor, registry, validIncident(uniqueToken()));
  await editor.getByRole("button", { name: "Save incident" }).click();
  await expect(editor).toHaveURL(/\/incidents\/MI-\d{4}-\d{4}$/, { timeout: 20_000 });
  // A signed-in reader has a copy of their own, which shows their account...
  const views = [];
  for (let i = 0; i < 2; i++) {
    const view = await editor.goto(`${registry.baseUrl}${PROVINCE}`);
    views.push(view?.headers()["x-page-cache"]);
    await expect(editor.getByRole("form", { name: "Account" })).toContainText(OWN_EDITOR.email);
  }
  expect(views).toEqual(["miss", "hit"]);
  // ...and once they sign out, their old cookie gets no copy: Next.js decides again.
  const cookie = (await editorContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await editor.getByRole("button", { name: "Sign out" }).click();
  await expect(editor.getByRole("link", { name: "Sign in" })).toBeVisible();
  const replayed = await request.get(`${registry.baseUrl}${PROVINCE}`, { headers: { cookie } });
  expect(replayed.headers()["x-page-cache"]).toBeUndefined();
  expect(await replayed.text()).not.toContain(OWN_EDITOR.email);
  await editorContext.close();

  const afterWrite = await readAnonymously(page);
  expect(afterWrite.cache).toBe("miss");
  await expect(page.getByRole("link", { name: "The 1 incident in the incident list" })).toBeVisible();
  expect((await readAnonymously(page)).cache).toBe("hit");
  await expect(page.getByRole("link", { name: "The 1 incident in the incident list" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("while the database is down, a page that was cached is a 503 like any other", async ({ request }) => {
  expect((await request.get(`${registry.baseUrl}${PROVINCE}`)).headers()["x-page-cache"]).toBe("hit");
  await registry.stopDatabase();
  try {
    // The proxy's reachability check is cached for a moment (lib/data/database-reachability.ts).
    await waitFor(async () => (await request.get(`${registry.baseUrl}${PROVINCE}`)).status() === 503, 10_000);
    const response = await request.get(`${registry.baseUrl}${PROVINCE}`);
    expect(response.status()).toBe(503);
    expect(response.headers()["x-page-cache"]).toBeUndefined();
    expect(await response.text()).toContain("Registry temporarily unavailable");
  } finally {
    await registry.startDatabase();
  }
  await waitFor(async () => (await request.get(`${registry.baseUrl}${PROVINCE}`)).status() === 200, 30_000);
});
