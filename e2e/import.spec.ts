import { expect, test } from "@playwright/test";
import { countIncidentsWithLocality, findIncident } from "./support/database";

// The header of incidents.csv (PRODUCT.md); written out here, as another tool would.
const HEADER =
  "reference,occurred_on,country_code,province_code,province_name,locality,latitude,longitude,device_type,device_model," +
  "emplacement,emplacement_basis,activity,killed,injured,military_casualties,deminer_casualties,civilian_casualties," +
  "verification,protest_status,response_overdue,summary,source_urls,created_at,updated_at";

type Row = { reference: string; locality: string; province?: string; killed?: number; injured?: number; military?: number };

function csvLine({ reference, locality, province = "TH-33", killed = 0, injured = 0, military = 0 }: Row): string {
  return [
    reference, "2025-08-09", province.slice(0, 2), province, "", `"${locality}"`, "14.3821", "104.6912",
    "anti_personnel_mine", "PMN-2", "newly_laid", "", "patrol", killed, injured, military, 0, 0,
    "reported", "not_protested", "false", `"Imported: ""trial"", one"`, "https://www.nationthailand.com/news/1",
    "2025-08-10T03:04:05.678Z", "2025-08-11T03:04:05.678Z",
  ].join(",");
}

function csvFile(rows: Row[]): { name: string; mimeType: string; buffer: Buffer } {
  const text = `\uFEFF${HEADER}\r\n${rows.map(csvLine).join("\r\n")}\r\n`;
  return { name: "incidents.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

// References of a year no other test saves in, so the counter of the years they use is untouched.
function uniqueReferences(): [string, string, string] {
  const base = 100_000 + (Date.now() % 800_000);
  return [`MI-1999-${base}`, `MI-1999-${base + 1}`, `MI-1999-${base + 2}`];
}

test("a checked CSV file is imported and its incidents are listed", async ({ page }) => {
  const token = `Import-${Date.now().toString(36)}`;
  const [first, second] = uniqueReferences();
  const file = csvFile([
    { reference: first, locality: `${token}, Kantharalak`, killed: 1, injured: 2, military: 2 },
    { reference: second, locality: `${token}, Phu Sing` },
  ]);

  await page.goto("/incidents");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import incidents" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles(file);

  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("status")).toHaveText("The file is valid: 2 incidents would be created.");
  const lines = page.getByRole("table", { name: "Incidents in the file" });
  await expect(lines.getByRole("row", { name: new RegExp(`^2 ${first} Would be created$`) })).toBeVisible();
  await expect(lines.getByRole("row", { name: new RegExp(`^3 ${second} Would be created$`) })).toBeVisible();
  expect(await countIncidentsWithLocality(token)).toBe(0);

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("2 incidents imported.");
  expect(await countIncidentsWithLocality(token)).toBe(2);
  const stored = await findIncident(first);
  expect(stored?.casualties.map((c) => `${c.category}/${c.outcome}`)).toEqual(["military/killed", "military/injured", "unknown/injured"]);
  expect(stored?.sources).toEqual([{ outlet: "www.nationthailand.com", url: "https://www.nationthailand.com/news/1" }]);

  // The same file again: nothing new.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("0 incidents imported; 2 incidents already in the registry were skipped.");
  expect(await countIncidentsWithLocality(token)).toBe(2);

  await page.goto(`/incidents?q=${token}`);
  const table = page.getByRole("table", { name: "Incidents matching the filters, newest first" });
  await expect(table.getByRole("link", { name: first })).toBeVisible();
  await expect(table.getByRole("link", { name: second })).toBeVisible();
});

test("a file with one invalid line imports nothing and names the line and column", async ({ page }) => {
  const token = `Import-${Date.now().toString(36)}`;
  const [, , third] = uniqueReferences();
  const file = csvFile([
    { reference: third, locality: `${token}, valid` },
    { reference: `${third.slice(0, -1)}9`, locality: `${token}, invalid`, province: "KH-22x" },
  ]);

  await page.goto("/incidents/import");
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  // Next.js has an empty role="alert" of its own (the route announcer).
  await expect(page.getByRole("alert").filter({ hasText: "nothing was imported" })).toHaveText(
    "1 problem found: nothing was imported. Correct the file and check it again.",
  );
  const problems = page.getByRole("table", { name: "Problems" });
  await expect(problems.getByRole("row", { name: /^3 province_code / })).toBeVisible();
  expect(await countIncidentsWithLocality(token)).toBe(0);
});

test("an import posted from another site is refused with 403 and writes nothing", async ({ request, baseURL }) => {
  const token = `Import-${Date.now().toString(36)}`;
  const [first] = uniqueReferences();
  // The request a page on another site makes, with the editor's cookie (SameSite=Lax alone does not stop a form post).
  const multipart = { file: csvFile([{ reference: first, locality: `${token}, cross-site` }]), mode: "import" };
  const foreign: Record<string, string>[] = [{ Origin: "https://attacker.example" }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }];
  for (const headers of foreign) {
    const response = await request.post("/api/import/incidents", { multipart, headers });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/from another site/);
  }
  expect(await countIncidentsWithLocality(token)).toBe(0);

  // The registry's own page, and a script that sends neither header, are let through.
  const own = await request.post("/api/import/incidents", { multipart, headers: { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" } });
  expect(own.status()).toBe(200);
  expect(await countIncidentsWithLocality(token)).toBe(1);
});
