import { expect, test, type Page, type Request } from "@playwright/test";
import { E2E_ACCOUNTS, storageStateOf } from "./support/accounts";
import { countIncidentsWithLocality, findIncident, roleOf } from "./support/database";
import { fillIncident, logIncident, openNewIncidentForm, uniqueToken, validIncident } from "./support/incident-form";
import { clientAddress, expectSignedInAs, signIn } from "./support/sign-in";

test.describe("without a session", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("reading pages leads to the sign-in page, then back to the page asked for", async ({ page }) => {
    await page.goto("/incidents?country=TH");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fincidents/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientAddress(11) });
    await page.getByLabel("Email").fill(E2E_ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill(E2E_ACCOUNTS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/incidents\?country=TH$/);
    await expectSignedInAs(page, E2E_ACCOUNTS.viewer);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/protests");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprotests/);
  });

  test("after signing in, a next that would lead to another site leads to the registry's home instead", async ({ page, baseURL }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientAddress(47) });
    // Chromium drops the tab: "/\t/evil.example" would be "//evil.example".
    await signIn(page, E2E_ACCOUNTS.viewer, "/\t/evil.example");
    await expectSignedInAs(page, E2E_ACCOUNTS.viewer);
    expect(page.url()).toBe(`${baseURL}/`);
  });

  test("a page answers a real redirect to sign-in, before anything renders", async ({ request }) => {
    const response = await request.get("/incidents?country=TH", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/sign-in\?next=%2Fincidents%3Fcountry%3DTH$/);
    expect(response.headers()["content-type"] ?? "").not.toContain("text/html");
  });

  test("route handlers answer 401 and change nothing; /api/health stays open", async ({ request }) => {
    expect((await request.get("/api/health")).status()).toBe(200);
    for (const path of ["incidents", "casualties", "protests", "provinces"]) {
      expect((await request.get(`/api/export/${path}.csv`)).status()).toBe(401);
    }
    expect((await request.get("/api/incidents/search?q=MI")).status()).toBe(401);
    expect((await request.get("/api/maps/incidents.svg")).status()).toBe(401);
    const reference = `XN-2025-${100_000 + (Date.now() % 800_000)}`;
    const response = await request.post("/api/import/incidents", {
      multipart: {
        mode: "import",
        file: { name: "incidents.csv", mimeType: "text/csv", buffer: Buffer.from(`reference,occurred_on\r\n${reference},2025-08-09\r\n`) },
      },
    });
    expect(response.status()).toBe(401);
    expect(await findIncident(reference)).toBeNull();
  });

  test("wrong passwords are refused, and the sixth attempt in a minute is refused even when right", async ({ page }) => {
    // An address no other sign-in of this run uses (setup: 200-203; above: 11), so the count starts at zero.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientAddress(46) });
    for (let i = 0; i < 5; i++) {
      await signIn(page, { email: E2E_ACCOUNTS.viewer.email, password: "not-the-password" });
      await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    }
    await signIn(page, E2E_ACCOUNTS.viewer);
    await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in attempts from this address" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

/** Stops the form's POST in the browser and answers it, so it can be sent again another way. */
async function interceptPost(page: Page, path: string, submit: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined;
  await page.route(path, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute(path);
  return captured!;
}

test.describe("Server Actions posted without a session", () => {
  test("change nothing: logging an incident, archiving it, changing a role", async ({ browser, playwright, baseURL }) => {
    const context = await browser.newContext({ storageState: storageStateOf("admin") });
    const page = await context.newPage();
    // An explicit empty state: otherwise the config's default session (the editor's) would be sent.
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const replay = async (request: Request) => {
      const headers = { ...(await request.allHeaders()) };
      delete headers.cookie;
      const response = await anonymous.fetch(request.url(), { method: "POST", headers, data: request.postDataBuffer() ?? undefined, maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      return response.text();
    };

    const token = uniqueToken();
    await openNewIncidentForm(page);
    await fillIncident(page, validIncident(token));
    const create = await interceptPost(page, "**/incidents/new", () => page.getByRole("button", { name: "Save incident" }).click());
    expect(await replay(create)).toContain("your session has ended");
    expect(await countIncidentsWithLocality(token)).toBe(0);

    const reference = await logIncident(page, validIncident(uniqueToken()));
    const archive = await interceptPost(page, `**/incidents/${reference}`, () => page.getByRole("button", { name: "Archive incident" }).click());
    expect(await replay(archive)).toContain("your session has ended");
    expect((await findIncident(reference))?.archivedAt).toBeNull();

    await page.goto("/admin/users");
    const viewer = E2E_ACCOUNTS.viewer.email;
    await page.getByLabel(`Role of ${viewer}`).selectOption({ label: "Administrator" });
    const role = await interceptPost(page, "**/admin/users", () =>
      page.getByRole("row", { name: new RegExp(viewer) }).getByRole("button", { name: "Change role" }).click(),
    );
    expect(await replay(role)).toContain("your session has ended");
    expect(await roleOf(viewer)).toBe("viewer");

    await anonymous.dispose();
    await context.close();
  });
});
