import { expect, test, type Page } from "@playwright/test";
import { hasRole, type Role } from "@/lib/auth/roles";
import { E2E_ACCOUNTS, E2E_ROLES, storageStateOf } from "./support/accounts";
import { countIncidentsWithLocality, countProtestsCovering, findIncident, protestInDatabase, roleOf } from "./support/database";
import { fillIncident, logIncident, openEditForm, openNewIncidentForm, uniqueToken, validIncident, field } from "./support/incident-form";
import { switchSession } from "./support/roles";

// Each role tries each kind of write. The page is opened by an administrator, so
// every form is there; then the browser's session is swapped for the role's before
// the form is sent. Only the Server Action's own check stands between the role and
// the database, and the database is read afterwards.

test.use({ storageState: storageStateOf("admin") });

const refusal = (page: Page, needed: Role) => page.getByRole("alert").filter({ hasText: `needs the ${needed === "admin" ? "administrator" : needed} role` });

function isoDaysAgo(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function draftProtest(page: Page, incident: string): Promise<string> {
  await page.goto(`/protests/new?incident=${incident}`);
  await expect(page.getByRole("list", { name: "Chosen incidents" })).toContainText(incident);
  await page.getByLabel("Kind").selectOption({ label: "Bilateral protest to a State" });
  await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "Cambodia" });
  await page.getByLabel("Status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Save protest" }).click();
  await page.waitForURL(/\/protests\/PR-\d{4}-\d{4,}$/);
  return page.url().split("/").pop()!;
}

for (const role of E2E_ROLES) {
  test.describe(`as ${role}`, () => {
    test("logging an incident", async ({ page, context }) => {
      const token = uniqueToken();
      await openNewIncidentForm(page);
      await fillIncident(page, validIncident(token, { verification: "Reported" }));
      await switchSession(context, role);
      await page.getByRole("button", { name: "Save incident" }).click();
      if (hasRole(role, "reporter")) {
        await page.waitForURL(/\/incidents\/MI-\d{4}-\d{4,}$/);
        expect(await countIncidentsWithLocality(token)).toBe(1);
      } else {
        await expect(refusal(page, "reporter")).toBeVisible();
        expect(await countIncidentsWithLocality(token)).toBe(0);
      }
    });

    test("editing an incident", async ({ page, context }) => {
      const token = uniqueToken();
      const reference = await logIncident(page, validIncident(token));
      await openEditForm(page, reference);
      await field(page, "Summary").fill(`Edited by a ${role} (${token}).`);
      await switchSession(context, role);
      await page.getByRole("button", { name: "Save changes" }).click();
      const allowed = hasRole(role, "reporter");
      if (!allowed) await expect(refusal(page, "reporter")).toBeVisible();
      else await page.waitForURL(new RegExp(`/incidents/${reference}$`));
      expect((await findIncident(reference))?.version).toBe(allowed ? 2 : 1);
    });

    test("archiving an incident", async ({ page, context }) => {
      const reference = await logIncident(page, validIncident(uniqueToken()));
      await switchSession(context, role);
      await page.getByRole("button", { name: "Archive incident" }).click();
      if (hasRole(role, "editor")) {
        await expect(page.getByRole("button", { name: "Restore incident" })).toBeVisible();
        expect((await findIncident(reference))?.archivedAt).not.toBeNull();
      } else {
        await expect(refusal(page, "editor")).toBeVisible();
        expect((await findIncident(reference))?.archivedAt).toBeNull();
      }
    });

    test("recording a protest and changing its status", async ({ page, context }) => {
      const incident = await logIncident(page, validIncident(uniqueToken()));
      const existing = await draftProtest(page, incident);
      await page.goto(`/protests/new?incident=${incident}`);
      await expect(page.getByRole("list", { name: "Chosen incidents" })).toContainText(incident);
      await page.getByLabel("Kind").selectOption({ label: "Article 8.2 request for clarification" });
      await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "UN Secretary-General" });
      await page.getByLabel("Date sent").fill(isoDaysAgo(1));
      await switchSession(context, role);
      await page.getByRole("button", { name: "Save protest" }).click();
      const allowed = hasRole(role, "editor");
      if (allowed) await page.waitForURL(/\/protests\/PR-\d{4}-\d{4,}$/);
      else await expect(refusal(page, "editor")).toBeVisible();
      expect(await countProtestsCovering(incident)).toBe(allowed ? 2 : 1);

      await switchSession(context, "admin");
      await page.goto(`/protests/${existing}`);
      await page.getByLabel("New status").selectOption({ label: "Sent" });
      await switchSession(context, role);
      await page.getByRole("button", { name: "Change status" }).click();
      if (allowed) await expect(page.getByRole("region", { name: "Status timeline" })).toContainText("Sent");
      else await expect(refusal(page, "editor")).toBeVisible();
      expect((await protestInDatabase(existing))?.status).toBe(allowed ? "sent" : "draft");
    });

    test("importing a CSV file", async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL, storageState: storageStateOf(role) });
      const reference = `MI-1997-${100_000 + (Date.now() % 800_000)}`; // a year no other test writes to
      const header =
        "reference,occurred_on,country_code,province_code,province_name,locality,latitude,longitude,device_type,device_model," +
        "emplacement,emplacement_basis,activity,killed,injured,military_casualties,deminer_casualties,civilian_casualties," +
        "verification,protest_status,response_overdue,summary,source_urls,created_at,updated_at";
      const line = `${reference},2025-08-09,TH,TH-33,,Import by ${role},,,anti_personnel_mine,,legacy,,patrol,0,0,0,0,0,reported,not_protested,false,Imported.,https://example.org/a,,`;
      const response = await request.post("/api/import/incidents", {
        multipart: { mode: "import", file: { name: "incidents.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\r\n${line}\r\n`) } },
      });
      const allowed = hasRole(role, "editor");
      expect(response.status()).toBe(allowed ? 200 : 403);
      expect(await findIncident(reference)).toEqual(allowed ? expect.objectContaining({ reference }) : null);
      await request.dispose();
    });

    test("changing an account's role", async ({ page, context }) => {
      const email = `target-${role}-${Date.now()}@e2e.example`;
      await page.goto("/admin/users");
      const form = page.getByRole("region", { name: "Create an account" });
      await form.getByLabel("Email").fill(email);
      await form.getByLabel("Name").fill(`Target of ${role}`);
      await form.getByLabel("Password").fill("a-long-password-123");
      await form.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Account ${email} created.` })).toBeVisible();
      await page.getByLabel(`Role of ${email}`).selectOption({ label: "Editor" });
      await switchSession(context, role);
      await page.getByRole("row", { name: new RegExp(email) }).getByRole("button", { name: "Change role" }).click();
      if (role === "admin") await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Saved.");
      else await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("needs the administrator role");
      expect(await roleOf(email)).toBe(role === "admin" ? "editor" : "viewer");
    });
  });
}

test.describe("pages by role", () => {
  for (const role of E2E_ROLES) {
    test(`the header shows who is signed in, and ${role}s see only the forms they may use`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStateOf(role) });
      const page = await context.newPage();
      await page.goto("/incidents/new");
      await expect(page.getByRole("form", { name: "Account" })).toContainText(E2E_ACCOUNTS[role].email);
      if (hasRole(role, "reporter")) await expect(page.getByRole("button", { name: "Save incident" })).toBeVisible();
      else await expect(page.getByRole("alert").filter({ hasText: "Logging an incident needs the reporter role" })).toBeVisible();
      await page.goto("/admin/users");
      if (role === "admin") await expect(page.getByRole("region", { name: "Create an account" })).toBeVisible();
      else await expect(page.getByRole("alert").filter({ hasText: "Managing accounts needs the administrator role" })).toBeVisible();
      await context.close();
    });
  }
});
