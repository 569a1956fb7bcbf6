import { expect, test } from "@playwright/test";
import { countIncidentsWithLocality, findIncident } from "./support/database";
import { expectIncidentPage, fillIncident, openNewIncidentForm, uniqueToken, validIncident } from "./support/incident-form";

test("double-clicking Save incident saves the incident once", async ({ page }) => {
  const token = uniqueToken();
  await openNewIncidentForm(page);
  await fillIncident(page, validIncident(token));
  await page.getByRole("button", { name: "Save incident" }).dblclick();

  const reference = await expectIncidentPage(page);
  expect((await findIncident(reference))?.locality).toContain(token);
  // Give a second request, if one was sent, time to land before counting.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  expect(await countIncidentsWithLocality(token)).toBe(1);
});

test("the same form posted again (a replayed request) saves nothing new", async ({ page }) => {
  const token = uniqueToken();
  await openNewIncidentForm(page);
  await fillIncident(page, validIncident(token));
  const post = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/incidents/new");
  await page.getByRole("button", { name: "Save incident" }).click();
  const reference = await expectIncidentPage(page);

  // As if the network had retried it: same form, same submission key.
  const replay = await page.request.fetch(await post, { maxRedirects: 0 });
  expect(replay.status()).toBeLessThan(500);
  expect(await countIncidentsWithLocality(token)).toBe(1);
  expect((await findIncident(reference))?.locality).toContain(token);
});
