import { expect, test } from "@playwright/test";
import { countIncidentsInProvince } from "./support/database";

const PAGE_SIZE = 25;
const SEEDED = Array.from({ length: 10 }, (_, i) => `MI-2025-${String(i + 1).padStart(4, "0")}`);

test("the seeded incidents are listed", async ({ page }) => {
  await page.goto("/incidents");
  await expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
  const table = page.getByRole("table", { name: "Incidents matching the filters, newest first" });
  for (const reference of SEEDED) {
    await expect(table.getByRole("link", { name: reference, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "MI-2025-0001", exact: true }).click();
  await expect(page).toHaveURL(/\/incidents\/MI-2025-0001$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incident MI-2025-0001");
});

test("filtering by province through the form shows only that province", async ({ page }) => {
  await page.goto("/incidents");
  const filters = page.getByRole("search", { name: "Filter incidents" });
  await filters.getByLabel("Province").selectOption({ label: "Si Sa Ket (TH-33)" });
  await filters.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/[?&]province=TH-33(&|$)/);
  await expect(filters.getByLabel("Province")).toHaveValue("TH-33");
  const total = await countIncidentsInProvince("TH-33");
  await expect(page.getByRole("status")).toContainText(new RegExp(`^${total} incidents?\\b`));
  const rows = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("link", { name: /^MI-/ }) });
  await expect(rows).toHaveCount(Math.min(total, PAGE_SIZE));
  for (const row of await rows.all()) await expect(row).toContainText("(TH-33)");
  await expect(page.getByRole("table")).not.toContainText("(TH-34)");
});

test("a filter that matches nothing says so", async ({ page }) => {
  await page.goto("/incidents?q=no-such-incident-anywhere");
  await expect(page.getByText("No incident matches these filters.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a bad filter value shows what is wrong", async ({ page }) => {
  await page.goto("/incidents?device_type=bomb");
  const alert = page.getByRole("alert").filter({ hasText: "These filters cannot be applied" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("device_type: Unknown device type");
  await expect(page.getByRole("table")).toHaveCount(0);
});

// Unknown, malformed, or impossible (a NUL byte, which PostgreSQL refuses) references.
for (const reference of ["MI-2099-9999", "not-a-reference", "%00"]) {
  for (const path of [`/incidents/${reference}`, `/incidents/${reference}/edit`]) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incident not found");
    });
  }
}

test("a search for a NUL byte is answered, not an error page", async ({ page }) => {
  await page.goto("/incidents?q=%00");
  const refused = page.getByRole("alert").filter({ hasText: "These filters cannot be applied" });
  await expect(page.getByText("No incident matches these filters.").or(refused)).toBeVisible();
});

test("the health check answers 200", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the list fits the screen: nav visible, table scrolls in its own box", async ({ page }) => {
    await page.goto("/incidents");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Incidents" })).toBeInViewport();
    await expect(nav.getByRole("link", { name: "Log an incident" })).toBeInViewport();
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "MI-2025-0001" })).toBeVisible();

    // The page itself does not scroll sideways; the wide table scrolls inside its box.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
    const box = await table.evaluate((el) => {
      const parent = el.parentElement as HTMLElement;
      return { scrollWidth: parent.scrollWidth, clientWidth: parent.clientWidth, overflowX: getComputedStyle(parent).overflowX };
    });
    expect(box.overflowX).toBe("auto");
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
  });
});
