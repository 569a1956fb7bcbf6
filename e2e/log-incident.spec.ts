import { expect, test, type Locator } from "@playwright/test";
import { countIncidents, findIncident } from "./support/database";
import {
  addCasualty,
  casualtyRow,
  expectIncidentPage,
  field,
  fillCasualty,
  fillIncident,
  openNewIncidentForm,
  uniqueToken,
  validIncident,
} from "./support/incident-form";

/** The cell of `column` in the row of `reference`, found by the column's header. */
async function cellOf(table: Locator, reference: string, column: string): Promise<Locator> {
  const headers = (await table.getByRole("columnheader").allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `column ${column} in ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return table.getByRole("row").filter({ hasText: reference }).locator("th, td").nth(index);
}

test("logs an incident with two casualties and a source", async ({ page }) => {
  const token = uniqueToken();
  const incident = validIncident(token);
  const before = await countIncidents();

  await openNewIncidentForm(page);
  await fillIncident(page, incident);
  await addCasualty(page);
  await fillCasualty(page, 1, {
    category: "Military",
    outcome: "Killed",
    nationality: "Thailand",
    sex: "Male",
    age: "27",
    unit: "2nd Army Area",
    injuries: "fatal blast injuries",
  });
  await addCasualty(page);
  await fillCasualty(page, 2, { category: "Deminer", outcome: "Injured", injuries: "left leg amputated" });
  await page.getByRole("button", { name: "Save incident" }).click();

  const reference = await expectIncidentPage(page);
  const facts = page.getByRole("region", { name: "Facts" });
  await expect(facts).toContainText(incident.locality);
  await expect(facts).toContainText("Si Sa Ket (TH-33)");
  await expect(facts).toContainText("Anti-personnel mine");
  await expect(facts).toContainText("1 killed, 1 injured");
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(incident.summary);
  const casualties = page.getByRole("region", { name: "Casualties (2)" }).getByRole("row");
  await expect(casualties).toHaveCount(3); // header + 2
  await expect(casualties.nth(1)).toContainText(/Military\s*Killed\s*Thailand\s*Male\s*27/);
  await expect(casualties.nth(2)).toContainText(/Deminer\s*Injured/);
  await expect(casualties.nth(2)).toContainText("left leg amputated");
  await expect(page.getByRole("link", { name: incident.source.outlet })).toHaveAttribute("href", incident.source.url);

  await page.goto(`/incidents?q=${encodeURIComponent(token)}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(2); // header + this incident
  await expect(table.getByRole("link", { name: reference })).toBeVisible();
  await expect(await cellOf(table, reference, "Killed")).toHaveText("1");
  await expect(await cellOf(table, reference, "Injured")).toHaveText("1");

  expect(await countIncidents()).toBe(before + 1);
  const stored = await findIncident(reference);
  expect(stored).toMatchObject({
    occurredOn: incident.date,
    countryCode: "TH",
    provinceCode: "TH-33",
    locality: incident.locality,
    latitude: 14.3821,
    longitude: 104.6912,
    summary: incident.summary,
    sources: [{ outlet: incident.source.outlet, url: incident.source.url }],
    casualties: [
      { category: "military", outcome: "killed", nationality: "TH", age: 27 },
      { category: "deminer", outcome: "injured", nationality: null, age: null },
    ],
  });
});

test("removing the middle of three casualties keeps the other two", async ({ page }) => {
  const token = uniqueToken();
  await openNewIncidentForm(page);
  await fillIncident(page, validIncident(token));
  for (const [i, category] of ["Military", "Civilian", "Police"].entries()) {
    await addCasualty(page);
    await fillCasualty(page, i + 1, { category, outcome: i === 0 ? "Killed" : "Injured", unit: `unit ${category}` });
  }

  await casualtyRow(page, 2).getByRole("button", { name: "Remove casualty 2" }).click();

  await expect(page.getByRole("group", { name: /^Casualty \d+$/ })).toHaveCount(2);
  await expect(field(casualtyRow(page, 1), "Category")).toHaveValue("military");
  await expect(field(casualtyRow(page, 2), "Category")).toHaveValue("police");
  await expect(field(casualtyRow(page, 2), "Unit")).toHaveValue("unit Police");
  await page.getByRole("button", { name: "Save incident" }).click();

  const reference = await expectIncidentPage(page);
  const rows = page.getByRole("region", { name: "Casualties (2)" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("Military");
  await expect(rows.nth(2)).toContainText("Police");
  const stored = await findIncident(reference);
  expect(stored?.casualties.map((c) => [c.category, c.outcome])).toEqual([
    ["military", "killed"],
    ["police", "injured"],
  ]);
});

test("offers the registry's own countries first, then any other State Party's provinces", async ({ page }) => {
  const token = uniqueToken();
  await openNewIncidentForm(page);
  const countries = await field(page, "Country").locator("option").allTextContents();
  // GAZETTEER_COUNTRIES_FIRST is TH,KH unless set; every other country follows by name.
  expect(countries.slice(0, 3)).toEqual(["Choose a country", "Thailand", "Cambodia"]);
  expect(countries.length).toBeGreaterThan(190);
  await expect(field(page, "Country").locator("optgroup", { has: page.locator("option", { hasText: /^Colombia$/ }) })).toHaveAttribute("label", "Other countries");

  await fillIncident(page, validIncident(token, { country: "Colombia", province: "Antioquia (CO-ANT)", latitude: "7.06", longitude: "-75.5" }));
  await expect(field(page, "Province").locator("option", { hasText: "Si Sa Ket" })).toHaveCount(0);
  await page.getByRole("button", { name: "Save incident" }).click();

  const reference = await expectIncidentPage(page);
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("Antioquia (CO-ANT)");
  expect(await findIncident(reference)).toMatchObject({ countryCode: "CO", provinceCode: "CO-ANT" });
});
