import { expect, test } from "@playwright/test";
import { signInAndFillIncident, startOwnRegistry, waitFor, type OwnRegistry } from "./support/own-registry";
import { field, formAlert, uniqueToken, validIncident } from "./support/incident-form";

// The database stops under a running registry and comes back: pages say so with a
// 503, a save in flight keeps what was typed, and the same server process serves
// everything again once the database returns, without a restart.

const PORT = Number(process.env.OUTAGE_PORT ?? 3110);
const DATABASE_PORT = Number(process.env.OUTAGE_PG_PORT ?? 54349);
const DATABASE_DOWN = /Nothing was saved: the registry could not reach its database/;

let registry: OwnRegistry;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  registry = await startOwnRegistry({ port: PORT, databasePort: DATABASE_PORT });
});

test.afterAll(async () => {
  await registry?.close();
});

test("503 while the database is down, full service once it is back, same server process", async ({ page, context, request }) => {
  const token = uniqueToken();
  const incident = validIncident(token);

  await signInAndFillIncident(page, registry, incident);

  await registry.stopDatabase();

  // A save in flight: refused with a message, and every value typed is still there.
  await page.getByRole("button", { name: "Save incident" }).click();
  await expect(formAlert(page, DATABASE_DOWN)).toBeVisible({ timeout: 20_000 });
  await expect(field(page, "Locality")).toHaveValue(incident.locality);
  await expect(field(page, "Summary")).toHaveValue(incident.summary);
  await expect(page).toHaveURL(/\/incidents\/new$/);

  // The proxy's reachability check is cached for a moment (lib/data/database-reachability.ts).
  await waitFor(async () => (await request.get(`${registry.baseUrl}/`)).status() === 503, 10_000);
  for (const path of ["/", "/incidents", "/provinces/TH-33", "/protests"]) {
    const response = await request.get(`${registry.baseUrl}${path}`);
    expect(response.status(), path).toBe(503);
    const html = await response.text();
    expect(html).toContain("Registry temporarily unavailable");
    expect(html).not.toMatch(/at [\w.]+ \(|PrismaClient|ECONNREFUSED/);
  }
  const health = await request.get(`${registry.baseUrl}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ status: "unavailable" });
  const csv = await request.get(`${registry.baseUrl}/api/export/incidents.csv`);
  expect(csv.status()).toBe(503);
  expect(await csv.json()).toMatchObject({ message: expect.stringContaining("cannot reach its database") });

  const reader = await context.newPage();
  const shown = await reader.goto(`${registry.baseUrl}/incidents`);
  expect(shown?.status()).toBe(503);
  await expect(reader.getByRole("heading", { name: "Registry temporarily unavailable" })).toBeVisible();

  await registry.startDatabase();
  await waitFor(async () => (await request.get(`${registry.baseUrl}/api/health`)).status() === 200, 30_000);
  await waitFor(async () => (await request.get(`${registry.baseUrl}/incidents`)).status() === 200, 30_000);

  await reader.reload();
  await expect(reader.getByRole("heading", { name: "Incidents" })).toBeVisible();

  // The form the person kept open saves on a second try, on the same server process.
  await page.getByRole("button", { name: "Save incident" }).click();
  await expect(page).toHaveURL(/\/incidents\/MI-2024-\d{4}$/, { timeout: 20_000 });
  await expect(page.getByRole("region", { name: "Facts" })).toContainText(incident.locality);
  expect(() => process.kill(registry.serverPid, 0)).not.toThrow();
});
