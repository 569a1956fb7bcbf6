import { expect, test, type Page } from "@playwright/test";
import { protestInDatabase } from "./support/database";
import { logIncident, uniqueToken, validIncident } from "./support/incident-form";

// Protest tracking: an Article 8.2 request covering two incidents, its effect on
// both incident pages, the response, the overdue flag and the status rules.

function isoDaysAgo(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function addIncident(page: Page, reference: string) {
  await page.getByLabel("Find incidents").fill(reference);
  await page.getByRole("button", { name: "Search incidents" }).click();
  await page.getByRole("button", { name: `Add ${reference}` }).click();
  await expect(page.getByRole("list", { name: "Chosen incidents" })).toContainText(reference);
}

async function recordArticle82Request(page: Page, first: string, second: string, sentOn: string): Promise<string> {
  await page.goto(`/incidents/${first}`);
  await page.getByRole("link", { name: "Record a protest about this incident" }).click();
  await expect(page.getByRole("list", { name: "Chosen incidents" })).toContainText(first);
  await page.getByLabel("Kind").selectOption({ label: "Article 8.2 request for clarification" });
  await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "UN Secretary-General" });
  await page.getByLabel("Date sent").fill(sentOn);
  await addIncident(page, second);
  await page.getByRole("button", { name: "Save protest" }).click();
  await page.waitForURL(/\/protests\/PR-\d{4}-\d{4,}$/);
  return page.url().split("/").pop()!;
}

async function expectIncidentProtestStatus(page: Page, reference: string, status: string) {
  await page.goto(`/incidents/${reference}`);
  const section = page.getByRole("region", { name: "Protests under the Convention" });
  await expect(section.getByText("Protest status:")).toContainText(status);
  return section;
}

test("an Article 8.2 request covering two incidents: clarification requested on both, then the response on both", async ({ page }) => {
  const token = uniqueToken();
  const first = await logIncident(page, validIncident(`${token}-a`));
  const second = await logIncident(page, validIncident(`${token}-b`));
  const sentOn = isoDaysAgo(2);

  const protest = await recordArticle82Request(page, first, second, sentOn);
  const due = new Date(`${sentOn}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + 28);
  await expect(page.getByText(due.toISOString().slice(0, 10))).toBeVisible();
  expect(await protestInDatabase(protest)).toMatchObject({ status: "sent", incidents: [first, second].sort() });

  for (const reference of [first, second]) {
    const section = await expectIncidentProtestStatus(page, reference, "Clarification requested (Art. 8)");
    await expect(section.getByRole("link", { name: protest })).toBeVisible();
  }

  await page.goto(`/protests/${protest}`);
  await page.getByLabel("New status").selectOption({ label: "Response received" });
  await page.getByLabel("Response received on").fill(isoDaysAgo(0));
  await page.getByLabel("Response summary").fill("Cambodia replied that the mines are remnants of the civil war.");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
  await expect(page.getByText("Sent → Response received")).toBeVisible();

  for (const reference of [first, second]) {
    const section = await expectIncidentProtestStatus(page, reference, "Response received");
    await expect(section.getByText("Sent → Response received")).toBeVisible();
  }
  expect(await protestInDatabase(protest)).toMatchObject({ status: "response_received" });
});

test("a request sent 30 days ago with no response is overdue on the protest list, its incident and the overdue filter", async ({ page }) => {
  const token = uniqueToken();
  const first = await logIncident(page, validIncident(`${token}-a`));
  const second = await logIncident(page, validIncident(`${token}-b`));
  const protest = await recordArticle82Request(page, first, second, isoDaysAgo(30));

  await page.goto("/protests?overdue=1");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: protest }) });
  await expect(row.getByText("Overdue")).toBeVisible();

  const section = await expectIncidentProtestStatus(page, first, "Clarification requested (Art. 8)");
  await expect(section.getByText("Overdue")).toBeVisible();

  await page.goto(`/incidents?q=${token}&overdue=1`);
  await expect(page.getByRole("link", { name: first })).toBeVisible();
  await expect(page.getByRole("link", { name: second })).toBeVisible();
  await page.goto(`/incidents?q=${token}&protest_status=clarification_requested`);
  await expect(page.getByText("2 incidents")).toBeVisible();
});

test("an illegal status move is refused with a message and changes nothing", async ({ page }) => {
  const token = uniqueToken();
  const first = await logIncident(page, validIncident(`${token}-a`));
  const second = await logIncident(page, validIncident(`${token}-b`));
  const protest = await recordArticle82Request(page, first, second, isoDaysAgo(1));

  await page.getByLabel("New status").selectOption({ label: "Closed" });
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("Sent → Closed")).toBeVisible();
  const before = await protestInDatabase(protest);

  await page.getByLabel("New status").selectOption({ label: "Reopen: back to sent (needs a note)" });
  await page.getByRole("button", { name: "Change status" }).click();
  const note = page.getByLabel("Note");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#note-error")).toContainText("explain why in the note");
  expect(await protestInDatabase(protest)).toEqual(before);

  await note.fill("Cambodia asked for the evidence again");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("region", { name: "Status timeline" }).getByText("Reopened: Cambodia asked for the evidence again")).toBeVisible();
  expect(await protestInDatabase(protest)).toMatchObject({ status: "sent", historyRows: before!.historyRows + 1 });
});

test("a protest without incidents or with a missing date is refused at its fields", async ({ page }) => {
  await page.goto("/protests/new");
  await page.getByLabel("Kind").selectOption({ label: "Bilateral protest to a State" });
  await page.getByRole("button", { name: "Save protest" }).click();
  await expect(page.getByText("Choose at least one incident this step covers")).toBeVisible();
  await expect(page.locator("#recipient-error")).toContainText("Choose who it was addressed to");
  await expect(page.locator("#sentOn-error")).toContainText("Enter the date it was sent, or save it as a draft");
  await expect(page).toHaveURL(/\/protests\/new$/);
});

test("an archived step is found again with Include archived, is marked on its incident, and the list sorts by due date", async ({ page }) => {
  const token = uniqueToken();
  const first = await logIncident(page, validIncident(`${token}-a`));
  const second = await logIncident(page, validIncident(`${token}-b`));
  const sentOn = isoDaysAgo(5);
  const protest = await recordArticle82Request(page, first, second, sentOn);
  await page.getByRole("button", { name: "Archive protest" }).click();
  await expect(page.getByRole("button", { name: "Restore protest" })).toBeVisible();
  expect(await protestInDatabase(protest)).toMatchObject({ archived: true });

  await page.goto(`/protests?from=${sentOn}&to=${sentOn}`);
  await expect(page.getByRole("link", { name: protest })).toHaveCount(0);
  await page.getByLabel("Include archived").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]archived=1/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: protest }) });
  await expect(row).toContainText("(archived)");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /[?&]protest_archived=1/);

  await page.getByRole("columnheader", { name: "Response due" }).getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=response_due_on&dir=asc/);
  await expect(page.getByRole("columnheader", { name: "Response due" })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: "Sent" })).not.toHaveAttribute("aria-sort", /./);
  await expect(page.getByLabel("Include archived")).toBeChecked();
  await page.getByRole("columnheader", { name: "Response due" }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: "Response due" })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /protest_sort=response_due_on&protest_dir=desc/);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]sort=response_due_on&dir=desc/);
  await expect(page.getByRole("columnheader", { name: "Response due" })).toHaveAttribute("aria-sort", "descending");

  const section = await expectIncidentProtestStatus(page, first, "Not protested");
  await expect(section.getByRole("listitem").filter({ has: page.getByRole("link", { name: protest }) })).toContainText("(archived)");
});

test("an unknown order on /protests is shown above the list, which keeps its default order", async ({ page }) => {
  await page.goto("/protests?sort=reference");
  await expect(page.getByRole("alert").filter({ hasText: "This order cannot be applied" })).toContainText("sort: Unknown sort column: use one of sent_on, response_due_on, status");
  await expect(page.getByRole("link", { name: "Clear the sort" })).toHaveAttribute("href", "/protests");
});
