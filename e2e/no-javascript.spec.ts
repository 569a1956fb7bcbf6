import { expect, test } from "@playwright/test";
import { countIncidents, findIncident } from "./support/database";
import {
  addCasualty,
  casualtyRow,
  expectFieldError,
  expectIncidentPage,
  field,
  fillCasualty,
  fillIncident,
  formAlert,
  openNewIncidentForm,
  uniqueToken,
  validIncident,
} from "./support/incident-form";

// Without JavaScript the form posts to the Server Action: "Add casualty" is a round
// trip that answers the form with one more row, and "Save incident" saves or
// answers the form with its errors and everything typed.
test.use({ javaScriptEnabled: false });

test("logs an incident without JavaScript", async ({ page }) => {
  const token = uniqueToken();
  const incident = validIncident(token);
  await openNewIncidentForm(page, { javaScript: false });
  await fillIncident(page, incident);
  await addCasualty(page);
  // The round trip kept what was typed before it.
  await expect(field(page, "Locality")).toHaveValue(incident.locality);
  await expect(field(page, "Summary")).toHaveValue(incident.summary);
  await fillCasualty(page, 1, { category: "Civilian", outcome: "Killed", nationality: "Cambodia", age: "41" });
  await page.getByRole("button", { name: "Save incident" }).click();

  const reference = await expectIncidentPage(page);
  await expect(page.getByRole("region", { name: "Facts" })).toContainText(incident.locality);
  await expect(page.getByRole("region", { name: "Casualties (1)" })).toContainText(/Civilian\s*Killed\s*Cambodia/);
  const stored = await findIncident(reference);
  expect(stored).toMatchObject({
    provinceCode: "TH-33",
    locality: incident.locality,
    casualties: [{ category: "civilian", outcome: "killed", nationality: "KH", age: 41 }],
  });
});

test("an invalid submission comes back with its errors and what was typed, then saves once fixed", async ({ page }) => {
  const before = await countIncidents();
  const token = uniqueToken();
  const incident = validIncident(token);
  await openNewIncidentForm(page, { javaScript: false });
  await fillIncident(page, { ...incident, summary: "", longitude: "" });
  await addCasualty(page);
  await fillCasualty(page, 1, { category: "Deminer", outcome: "Injured", age: "121", unit: `unit ${token}` });
  await page.getByRole("button", { name: "Save incident" }).click();

  await expect(formAlert(page)).toBeVisible();
  await expectFieldError(field(page, "Summary"), "Describe what happened");
  await expectFieldError(field(page, "Longitude"), "Give both latitude and longitude, or leave both empty");
  await expectFieldError(field(casualtyRow(page, 1), "Age"), "The age must be a whole number from 0 to 120");
  await expect(field(page, "Locality")).toHaveValue(incident.locality);
  await expect(field(page, "Latitude")).toHaveValue(incident.latitude);
  await expect(field(page, "Device type")).toHaveValue("anti_personnel_mine");
  await expect(field(casualtyRow(page, 1), "Category")).toHaveValue("deminer");
  await expect(field(casualtyRow(page, 1), "Unit")).toHaveValue(`unit ${token}`);
  expect(await countIncidents()).toBe(before);

  await field(page, "Summary").fill(incident.summary);
  await field(page, "Longitude").fill(incident.longitude);
  await field(casualtyRow(page, 1), "Age").fill("35");
  await page.getByRole("button", { name: "Save incident" }).click();

  const reference = await expectIncidentPage(page);
  expect(await countIncidents()).toBe(before + 1);
  expect(await findIncident(reference)).toMatchObject({
    summary: incident.summary,
    longitude: 104.6912,
    casualties: [{ category: "deminer", outcome: "injured", age: 35 }],
  });
});

test("a province of another country is refused at Province", async ({ page }) => {
  const before = await countIncidents();
  await openNewIncidentForm(page, { javaScript: false });
  // Without JavaScript the Province select offers every country's provinces.
  await fillIncident(page, validIncident(uniqueToken(), { country: "Cambodia", province: "Si Sa Ket (TH-33)" }));
  await page.getByRole("button", { name: "Save incident" }).click();

  await expect(formAlert(page)).toBeVisible();
  await expectFieldError(field(page, "Province"), "This province is not in the chosen country: choose one of its provinces");
  await expect(field(page, "Country")).toHaveValue("KH");
  await expect(field(page, "Province")).toHaveValue("TH-33");
  expect(await countIncidents()).toBe(before);
});
