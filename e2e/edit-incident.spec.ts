import { expect, test } from "@playwright/test";
import { findIncident } from "./support/database";
import {
  addCasualty,
  expectIncidentPage,
  field,
  fillCasualty,
  formAlert,
  logIncident,
  openEditForm,
  uniqueToken,
  validIncident,
  waitForFormReady,
} from "./support/incident-form";
import { switchSession } from "./support/roles";

test("editing an incident changes its summary and adds a casualty", async ({ page }) => {
  const token = uniqueToken();
  const incident = validIncident(token);
  const reference = await logIncident(page, incident, [{ category: "Military", outcome: "Killed" }]);

  await page.getByRole("link", { name: "Edit incident" }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${reference}/edit$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit incident ${reference}`);
  await waitForFormReady(page);
  await expect(field(page, "Summary")).toHaveValue(incident.summary);
  await expect(field(page, "Province")).toHaveValue("TH-33");
  const summary = `Updated after the observer team's visit (${token}).`;
  await field(page, "Summary").fill(summary);
  await addCasualty(page);
  await fillCasualty(page, 2, { category: "Deminer", outcome: "Injured", injuries: "right hand injured" });
  await page.getByRole("button", { name: "Save changes" }).click();

  expect(await expectIncidentPage(page)).toBe(reference);
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(summary);
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("1 killed, 1 injured");
  const rows = page.getByRole("region", { name: "Casualties (2)" }).getByRole("row");
  await expect(rows.nth(1)).toContainText(/Military\s*Killed/);
  await expect(rows.nth(2)).toContainText(/Deminer\s*Injured/);
  expect(await findIncident(reference)).toMatchObject({
    summary,
    locality: incident.locality,
    version: 2,
    casualties: [
      { category: "military", outcome: "killed" },
      { category: "deminer", outcome: "injured" },
    ],
  });
});

test("a save over someone else's newer save is refused", async ({ browser, page }) => {
  const token = uniqueToken();
  const reference = await logIncident(page, validIncident(token));

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  try {
    await openEditForm(first, reference);
    await openEditForm(second, reference);

    const firstSummary = `First editor's account (${token}).`;
    await field(first, "Summary").fill(firstSummary);
    await first.getByRole("button", { name: "Save changes" }).click();
    await expectIncidentPage(first);
    await expect(first.getByRole("region", { name: "Summary" })).toContainText(firstSummary);

    const secondSummary = `Second editor's account (${token}).`;
    await field(second, "Summary").fill(secondSummary);
    await second.getByRole("button", { name: "Save changes" }).click();

    await expect(formAlert(second, "Someone else saved")).toBeVisible();
    await expect(formAlert(second, "Someone else saved")).toContainText(reference);
    // What differs, field by field: theirs (saved) and yours (not saved).
    const differences = second.getByRole("table", { name: /What differs now/ });
    await expect(differences.getByRole("row", { name: /Summary/ })).toContainText(firstSummary);
    await expect(differences.getByRole("row", { name: /Summary/ })).toContainText(secondSummary);
    await expect(second).toHaveURL(new RegExp(`/incidents/${reference}/edit$`));
    await expect(field(second, "Summary")).toHaveValue(secondSummary); // their text is not lost
    expect(await findIncident(reference)).toMatchObject({ summary: firstSummary, version: 2 });
  } finally {
    await first.context().close();
    await second.context().close();
  }
});

test("a reporter is told before saving that a change returns a corroborated incident to reported, and it does", async ({ page, context }) => {
  const token = uniqueToken();
  const incident = validIncident(token);
  const reference = await logIncident(page, incident);

  await switchSession(context, "reporter");
  await openEditForm(page, reference);
  await expect(field(page, "Verification")).toHaveAccessibleDescription(/Saving a change returns this incident from "corroborated" to "reported"/);
  await field(page, "Summary").fill(`Two mines, not one (${token}).`);
  await page.getByRole("button", { name: "Save changes" }).click();

  expect(await expectIncidentPage(page)).toBe(reference);
  await expect(page.getByRole("region", { name: "Facts" })).toContainText(/Verification\s*Reported/);
  expect(await findIncident(reference)).toMatchObject({ summary: `Two mines, not one (${token}).`, version: 2 });
});
