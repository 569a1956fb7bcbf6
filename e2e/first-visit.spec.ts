import { expect, test } from "@playwright/test";

// What a new user sees of the demo data (2025, Thailand–Cambodia border) on a fresh
// registry: points on the maps, bars in the charts, steps that read as sentences.

test("the demo incidents are on the dashboard's map, coarse places drawn with a ring", async ({ page, request }) => {
  await page.goto("/?from=2025-01-01&to=2025-12-31");
  await expect(page.getByRole("heading", { name: /^Period: 2025/ })).toBeVisible();
  const map = page.getByRole("img", { name: /^Map of incidents in the registry\. \d+ incidents? with coordinates/ });
  await expect(map).toBeVisible();
  expect(await map.getAttribute("src")).toBe("/api/maps/incidents.svg?from=2025-01-01&to=2025-12-31");

  const svg = await (await request.get("/api/maps/incidents.svg?from=2025-01-01&to=2025-12-31")).text();
  const dots = svg.match(/<circle [^>]*><title>\d+ incidents? near /g) ?? [];
  expect(dots.length).toBeGreaterThanOrEqual(10);
  // Hill 481 at Chong Bok is placed to the village: a dashed ring marks it.
  expect(svg).toMatch(/<g [^>]*stroke-dasharray="3 2"[^>]*><circle [^>]*r="\d+"/);
  expect(svg).toContain("near 14.41, 105.05");
});

test("the dashboard's chart of 2025 has bars in the months of the demo incidents", async ({ page }) => {
  await page.goto("/?from=2025-01-01&to=2025-12-31");
  const chart = page.getByRole("img", { name: "Incidents per month, 2025" });
  await expect(chart).toBeVisible();
  for (const month of ["Jul 2025", "Aug 2025", "Oct 2025", "Nov 2025", "Dec 2025"]) {
    const bar = chart.locator("rect").filter({ has: page.locator(`title`, { hasText: new RegExp(`^${month}: [1-9]`) }) });
    await expect(bar).toHaveCount(1);
  }
});

test("a period is chosen by link or by dates, and a bad one is said so", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Periods" }).getByRole("link", { name: "All time" }).click();
  await expect(page).toHaveURL(/\/\?from=1970-01-01$/);
  await expect(page.getByRole("heading", { name: /^Period: all time/ })).toBeVisible();

  await page.getByLabel("From", { exact: true }).fill("2025-08-01");
  await page.getByLabel("To", { exact: true }).fill("2025-08-31");
  await page.getByRole("button", { name: "Show this period" }).click();
  await expect(page).toHaveURL(/\/\?from=2025-08-01&to=2025-08-31$/);
  await expect(page.getByRole("heading", { name: "Period: 2025-08-01 to 2025-08-31" })).toBeVisible();

  await page.goto("/provinces/TH-33?from=2025-13-01");
  await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be applied" })).toContainText(
    "from: The from date must be YYYY-MM-DD",
  );
});

test("a province's map and period follow the URL", async ({ page }) => {
  await page.goto("/provinces/TH-34?from=2025-01-01&to=2025-12-31");
  const map = page.getByRole("img", { name: /^Map of incidents in Ubon Ratchathani \(TH-34\)\. \d+ incidents? with coordinates/ });
  await expect(map).toBeVisible();
  expect(await map.getAttribute("src")).toBe("/api/maps/incidents.svg?province=TH-34&from=2025-01-01&to=2025-12-31");
});

test("protest steps read as a person would write them", async ({ page }) => {
  // Hill 481, Chong Bok: the first incident, covered by each kind of step Thailand took.
  await page.goto("/incidents?q=Chong%20Bok");
  await page.getByRole("link", { name: /^MI-2025-\d+$/ }).first().click();
  await expect(page.getByText("Protest to Cambodia:").first()).toBeVisible();
  await expect(page.getByText("Statement at the Meeting of States Parties:").first()).toBeVisible();
  await expect(page.getByText("Article 8.2 request for clarification, through the UN Secretary-General:").first()).toBeVisible();
  await expect(page.getByText(/to Meeting of States Parties/)).toHaveCount(0);
});
