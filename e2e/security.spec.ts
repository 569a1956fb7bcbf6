import { expect, test, type Page } from "@playwright/test";
import { countIncidentsWithLocality, findIncident } from "./support/database";
import { expectIncidentPage, field, fillIncident, formAlert, openNewIncidentForm, uniqueToken, validIncident } from "./support/incident-form";

// Response headers, the Content-Security-Policy in a real browser, markup shown as
// text, and the body-size limit of form posts.

const MARKUP = `<script>window.__injected = 1</script><img src=x onerror="window.__injected = 2"><b>bold</b>`;
const TOO_LARGE = /more than 1 MB of text, more than the registry accepts in one save/;

/** Every CSP violation the page reports, from the browser's own event and its console. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("pages, API routes and static files carry the security headers", async ({ request }) => {
  for (const path of ["/", "/incidents/new", "/api/health", "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
  const page = await request.get("/incidents");
  const policy = page.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toContain("unsafe-inline");
  // Next.js puts the nonce of this response on its scripts; a second response gets another.
  expect(await page.text()).toContain(`nonce="${nonce}"`);
  const again = (await request.get("/incidents")).headers()["content-security-policy"];
  expect(again).not.toBe(policy);
});

test("a summary with markup is saved and shown as text, with no CSP violation on the way", async ({ page }) => {
  const violations = watchViolations(page);
  const token = uniqueToken();
  const incident = validIncident(token, { summary: `${MARKUP} ${token}` });

  await openNewIncidentForm(page);
  await fillIncident(page, incident);
  await page.getByRole("button", { name: "Save incident" }).click();
  const reference = await expectIncidentPage(page);

  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText(MARKUP);
  await expect(summary.locator("img, script, b")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  expect((await findIncident(reference))?.summary).toBe(`${MARKUP} ${token}`);

  // Navigating on the client (the router's own fetches and scripts) stays within the policy.
  await page.getByRole("link", { name: "Provinces" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a form post over 1 MB is refused with a message, and with JavaScript the values stay", async ({ page, browser }) => {
  const token = uniqueToken();
  const incident = validIncident(token);

  await openNewIncidentForm(page);
  await fillIncident(page, incident);
  // More text than any field allows, as a page altered by hand or a script could send.
  await page.locator("form", { has: page.getByRole("button", { name: "Save incident" }) }).evaluate((form) => {
    const extra = document.createElement("input");
    extra.type = "hidden";
    extra.name = "padding";
    extra.value = "x".repeat(1_100_000);
    form.append(extra);
  });
  await page.getByRole("button", { name: "Save incident" }).click();
  await expect(formAlert(page, TOO_LARGE)).toBeVisible();
  await expect(field(page, "Locality")).toHaveValue(incident.locality);
  await expect(page).toHaveURL(/\/incidents\/new$/);
  expect(await countIncidentsWithLocality(token)).toBe(0);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await openNewIncidentForm(plain, { javaScript: false });
  await fillIncident(plain, incident);
  await field(plain, "Summary").evaluate((textarea) => {
    textarea.removeAttribute("maxlength");
    (textarea as HTMLTextAreaElement).value = "x".repeat(1_100_000);
  });
  const [response] = await Promise.all([
    plain.waitForResponse((r) => r.request().method() === "POST"),
    plain.getByRole("button", { name: "Save incident" }).click(),
  ]);
  expect(response.status()).toBe(413);
  await expect(plain.getByRole("alert")).toContainText(TOO_LARGE);
  await expect(plain.getByRole("link", { name: "open the form again" })).toHaveAttribute("href", "/incidents/new");
  await context.close();
  expect(await countIncidentsWithLocality(token)).toBe(0);
});
