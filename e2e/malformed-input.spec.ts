import { expect, test, type Page } from "@playwright/test";
import { countIncidentsWithLocality } from "./support/database";
import { field, fillIncident, formAlert, openNewIncidentForm, uniqueToken, validIncident } from "./support/incident-form";

// Addresses and form posts no page produces, as a hand-typed link or a script sends
// them: each is answered with a page or message, never a 500.

const MALFORMED = ["%", "%E0%B8", "%ZZ", "%00"];

// Every route with a dynamic segment, and every query a page or API route reads.
const IN_PATH = ["/incidents/{}", "/incidents/{}/edit", "/protests/{}", "/protests/{}/edit", "/provinces/{}"];
const IN_QUERY = [
  "/incidents?q={}",
  "/incidents?province={}",
  "/protests?q={}",
  "/provinces?sort={}",
  "/api/export/incidents.csv?q={}",
  "/api/export/casualties.csv?province={}",
  "/api/export/protests.csv?q={}",
  "/api/export/provinces.csv?country={}",
  "/api/incidents/search?q={}",
  "/api/maps/incidents.svg?province={}",
];

test("a malformed percent-escape in an address or its query is a 400 or 404 page, never a 500", async ({ page }) => {
  const answers: string[] = [];
  for (const template of [...IN_PATH, ...IN_QUERY]) {
    for (const value of MALFORMED) {
      const path = template.replace("{}", value);
      const response = await page.request.get(path, { maxRedirects: 0 });
      answers.push(`${response.status()} ${path}`);
    }
  }
  const failures = answers.filter((answer) => !/^(200|400|404) /.test(answer));
  expect(failures).toEqual([]);

  const response = await page.goto("/provinces/%E0%B8");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("alert")).toContainText("not a valid address");
  await expect(page.getByRole("link", { name: "the registry's home page" })).toHaveAttribute("href", "/");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** Adds a field whose name is 5,000 levels deep, then saves; gives the answer's status. */
  async function saveWithDeepFieldName(page: Page): Promise<number> {
    await page.locator("form", { has: page.getByRole("button", { name: "Save incident" }) }).evaluate((form) => {
      const deep = document.createElement("input");
      deep.type = "hidden";
      deep.name = `casualties${".0".repeat(5000)}`;
      deep.value = "x";
      form.append(deep);
    });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Save incident" }).click(),
    ]);
    return response.status();
  }

  test("a form field name thousands of levels deep is answered with a message, and without a session never with a 500", async ({ page, context }) => {
    const token = uniqueToken();
    await openNewIncidentForm(page, { javaScript: false });
    await fillIncident(page, validIncident(token));
    expect(await saveWithDeepFieldName(page)).toBe(200);
    await expect(formAlert(page, /nested more deeply than any field of this form/)).toBeVisible();
    await expect(field(page, "Locality")).toHaveValue(validIncident(token).locality);

    // The action answers before it asks for the session; the page then sends the visitor to sign in.
    await context.clearCookies();
    expect(await saveWithDeepFieldName(page)).toBe(307);
    expect(await countIncidentsWithLocality(token)).toBe(0);
  });
});
