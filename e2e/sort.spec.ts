import { expect, test, type Page } from "@playwright/test";
import { mostKilledInOneIncident } from "./support/database";

// The "Killed" column of the rendered table, top to bottom.
async function killedColumn(page: Page): Promise<number[]> {
  const table = page.getByRole("table");
  const index = await table.getByRole("columnheader").evaluateAll((headers) => headers.findIndex((h) => h.textContent?.startsWith("Killed")));
  const rows = table.getByRole("row").filter({ has: page.getByRole("link", { name: /^MI-/ }) });
  return Promise.all((await rows.all()).map(async (row) => Number(await row.getByRole("cell").nth(index - 1).textContent())));
}

test("sorting by a column header, then the other way, keeps the order in the URL and the export", async ({ page }) => {
  await page.goto("/incidents");
  await expect(page.getByRole("columnheader", { name: "Date" })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("columnheader", { name: "Killed" })).toHaveAttribute("aria-sort", "none");

  await page.getByRole("link", { name: "Killed", exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=killed&dir=desc(&|$)/);
  await expect(page.getByRole("columnheader", { name: "Killed" })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("status")).toContainText("sorted by killed, descending");
  const descending = await killedColumn(page);
  expect(descending[0]).toBe(await mostKilledInOneIncident());
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  await page.getByRole("link", { name: "Killed", exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=killed&dir=asc(&|$)/);
  await expect(page.getByRole("columnheader", { name: "Killed" })).toHaveAttribute("aria-sort", "ascending");
  const ascending = await killedColumn(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await expect(page.getByRole("link", { name: "Export CSV", exact: true })).toHaveAttribute("href", /sort=killed&dir=asc/);
});

test("an unknown sort column shows what is wrong above the table", async ({ page }) => {
  await page.goto("/incidents?sort=deaths");
  const alert = page.getByRole("alert").filter({ hasText: "These filters cannot be applied" });
  await expect(alert).toContainText("sort: Unknown sort column: use one of date, reference, province, killed, injured, protest_status");
});
