import { expect, test } from "@playwright/test";
import { auditRowsOf, findIncident } from "./support/database";
import { field, logIncident, openEditForm, uniqueToken, validIncident } from "./support/incident-form";
import { E2E_ACCOUNTS } from "./support/accounts";

test("create, edit, archive and restore: four history rows with the right values, and the export follows", async ({ page }) => {
  const token = uniqueToken();
  const incident = validIncident(token);
  const reference = await logIncident(page, incident);
  const exported = async () => (await (await page.request.get(`/api/export/incidents.csv?q=${token}`)).text()).includes(reference);
  expect(await exported()).toBe(true);

  await openEditForm(page, reference);
  const summary = `Verified by the observer team (${token}).`;
  await field(page, "Summary").fill(summary);
  await field(page, "Verification").selectOption({ label: "Verified" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/incidents/${reference}$`));

  await page.getByRole("button", { name: "Archive incident" }).click();
  await expect(page.getByText("This incident is archived")).toBeVisible();
  expect(await exported()).toBe(false);
  expect((await (await page.request.get(`/api/export/incidents.csv?q=${token}&archived=1`)).text()).includes(reference)).toBe(true);

  await page.getByRole("button", { name: "Restore incident" }).click();
  await expect(page.getByRole("button", { name: "Archive incident" })).toBeVisible();
  expect(await exported()).toBe(true);

  const rows = await auditRowsOf(reference);
  const editor = E2E_ACCOUNTS.editor.email;
  expect(rows.map((r) => [r.action, r.actor])).toEqual([
    ["create", editor],
    ["update", editor],
    ["archive", editor],
    ["restore", editor],
  ]);
  expect(rows[0]!.before).toBeNull();
  expect(rows[0]!.after).toMatchObject({ summary: incident.summary, verification: "corroborated" });
  expect(rows[1]!.before).toEqual({ summary: incident.summary, verification: "corroborated" });
  expect(rows[1]!.after).toEqual({ summary, verification: "verified" });
  expect(rows[2]!.before).toEqual({ archivedAt: null });
  expect(rows[2]!.after).toEqual({ archivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  expect(rows[3]!.before).toEqual(rows[2]!.after);
  expect(rows[3]!.after).toEqual({ archivedAt: null });
  expect((await findIncident(reference))?.archivedAt).toBeNull();

  const history = page.getByRole("table", { name: `Change history of incident ${reference}` });
  await expect(history.getByRole("row")).toHaveCount(5);
  await expect(history.getByRole("row").nth(2)).toContainText("Verification: from Corroborated to Verified");
  await expect(history.getByRole("row").nth(3)).toContainText("Archived");
  await expect(history.getByRole("row").nth(4)).toContainText("Restored");
  await expect(page.getByText(`by ${E2E_ACCOUNTS.editor.name} · last changed`)).toBeVisible();
});
