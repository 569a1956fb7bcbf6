import { expect, test } from "@playwright/test";
import { countIncidentsInProvince } from "./support/database";

test("a province summary of all time counts what the incident list shows for that province", async ({ page }) => {
  await page.goto("/provinces/TH-33?from=1970-01-01");
  await expect(page.getByRole("heading", { name: /^Period: all time/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Si Sa Ket (TH-33)");
  const toList = page.getByRole("link", { name: /^The \d+ incidents? in the incident list$/ });
  const shown = Number(/\d+/.exec((await toList.textContent()) ?? "")?.[0]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBe(await countIncidentsInProvince("TH-33"));
  await expect(page.getByRole("link", { name: "Download these incidents as CSV" })).toHaveAttribute(
    "href",
    "/api/export/incidents.csv?province=TH-33&from=1970-01-01",
  );

  await toList.click();
  await expect(page).toHaveURL(/\/incidents\?province=TH-33&from=1970-01-01$/);
  await expect(page.getByRole("status")).toContainText(new RegExp(`^${shown} incidents?\\b`));
});

test("the monthly chart has an accessible name and a table of its figures", async ({ page }) => {
  await page.goto("/provinces/TH-33?from=1970-01-01");
  const chart = page.getByRole("img", { name: "Incidents per month in Si Sa Ket" });
  await expect(chart).toBeVisible();
  await page.getByText("Incidents per month in Si Sa Ket: the figures as a table").click();
  const table = page.getByRole("table", { name: "Incidents per month in Si Sa Ket, by year" });
  await expect(table.getByRole("columnheader", { name: "Year" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Aug" })).toBeVisible();
  const counts = await table.locator("tbody td").allTextContents();
  expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(await countIncidentsInProvince("TH-33"));
});

test("the chart is drawn on the server, not by a script", async ({ page, browser }) => {
  const response = await page.request.get("/provinces/TH-33");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="province-months-title"/);
  expect(html).toContain('<title id="province-months-title">Incidents per month in Si Sa Ket</title>');
  expect(html).toMatch(/<rect[^>]*class="fill-blue-800"/);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    const plain = await noScript.newPage();
    await plain.goto("/provinces/TH-33");
    await expect(plain.getByRole("img", { name: "Incidents per month in Si Sa Ket" })).toBeVisible();
  } finally {
    await noScript.close();
  }
});

test("an unknown province code is a 404", async ({ page }) => {
  const response = await page.goto("/provinces/XX-99");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Province not found");
});

test("a province without incidents says so", async ({ page }) => {
  const empty = await countIncidentsInProvince("KH-24");
  test.skip(empty > 0, "Pailin has incidents in this database");
  await page.goto("/provinces/KH-24");
  await expect(page.getByText("No incidents are recorded in Pailin.")).toBeVisible();
});

test("the provinces index lists TH-33 with a link, sortable by column", async ({ page }) => {
  await page.goto("/provinces");
  await expect(page.getByRole("heading", { level: 1, name: "Provinces" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Si Sa Ket" }) });
  await expect(row.getByRole("cell").first()).toHaveText(String(await countIncidentsInProvince("TH-33")));
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Incidents", exact: true })).toHaveAttribute("aria-sort", "descending");

  await table.getByRole("link", { name: "Province", exact: true }).click();
  await expect(page).toHaveURL(/\/provinces\?sort=name&dir=asc$/);
  await expect(table.getByRole("columnheader", { name: "Province", exact: true })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.getByRole("columnheader", { name: "Incidents", exact: true })).not.toHaveAttribute("aria-sort", /.*/);

  await page.getByRole("link", { name: "Si Sa Ket" }).click();
  await expect(page).toHaveURL(/\/provinces\/TH-33$/);
});

test("an unknown sort column is said so", async ({ page }) => {
  await page.goto("/provinces?sort=population");
  const alert = page.getByRole("alert").filter({ hasText: "This order cannot be applied" });
  await expect(alert).toContainText("sort: Unknown sort column");
  await expect(page.getByRole("link", { name: "Si Sa Ket" })).toBeVisible();
});

test("the dashboard ranks provinces and links to their summaries", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("img", { name: /^Incidents per month, / })).toBeVisible();
  const ranked = page.getByRole("region", { name: "Provinces with the most incidents" });
  await ranked.getByRole("link", { name: /Si Sa Ket/ }).click();
  await expect(page).toHaveURL(/\/provinces\/TH-33$/);
  await page.goto("/");
  await page.getByRole("link", { name: "Overdue protests" }).click();
  await expect(page).toHaveURL(/\/protests\?overdue=1$/);
});
