import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { countIncidentsInProvince } from "./support/database";

// Read the download with Python's csv module, an independent RFC 4180 parser.
function parseCsv(text: string): string[][] {
  const script = `
import csv, io, json, sys
print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8"), newline="")))))
`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: text, encoding: "utf8" })) as string[][];
}

test("the Export CSV link of a filtered list downloads exactly those incidents", async ({ page }) => {
  await page.goto("/incidents?province=TH-33");
  const status = page.getByRole("status");
  const total = await countIncidentsInProvince("TH-33");
  expect(total).toBeGreaterThan(0);
  await expect(status).toContainText(new RegExp(`^${total} incidents?\\b`));

  const link = page.getByRole("link", { name: "Export CSV", exact: true });
  const href = await link.getAttribute("href");
  expect(href).toBe("/api/export/incidents.csv?province=TH-33");

  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);

  const [header, ...rows] = parseCsv(await response.text());
  expect(header?.slice(0, 4)).toEqual(["reference", "occurred_on", "country_code", "province_code"]);
  expect(rows).toHaveLength(total);
  for (const row of rows) expect(row[3]).toBe("TH-33");

  // The references on the page are the first rows of the file, in the same order.
  const shown = await page
    .getByRole("table", { name: "Incidents matching the filters, newest first" })
    .getByRole("link", { name: /^MI-/ })
    .allTextContents();
  expect(rows.slice(0, shown.length).map((r) => r[0])).toEqual(shown);
});

test("an export with a bad filter answers 400 with the reason", async ({ request }) => {
  const response = await request.get("/api/export/incidents.csv?device_type=bomb");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("device_type: Unknown device type");
});
