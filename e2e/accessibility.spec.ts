import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { storageStateOf } from "./support/accounts";
import { findIncident } from "./support/database";
import {
  FORM_REFUSED,
  casualtyRow,
  expectIncidentPage,
  field,
  formAlert,
  openNewIncidentForm,
  sourceRow,
  uniqueToken,
  waitForFormReady,
} from "./support/incident-form";

// axe over every page, as the role that sees it differently: the header's links,
// the edit / archive / status controls and the forms change with the role, the
// rest does not, so each page is visited once per role that changes it. WCAG 2.0
// and 2.1, levels A and AA; serious and critical findings fail the test, and every
// page's counts by impact are printed so a run can be quoted.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);
const IMPACTS = ["critical", "serious", "moderate", "minor"] as const;

const INCIDENT = "MI-2025-0001";
const PROTEST = "PR-2025-0001";

type Visit = {
  name: string;
  path: string;
  heading: string | RegExp;
  /** Brings the page into the state to check (hydrated form, errors shown). */
  prepare?: (page: Page) => Promise<void>;
};

const submitEmpty = (button: string) => async (page: Page) => {
  await page.getByRole("button", { name: button }).click();
  await expect(formAlert(page, FORM_REFUSED)).toBeVisible();
};

const incidentForm = { prepare: waitForFormReady };
const incidentErrors = {
  prepare: async (page: Page) => {
    await waitForFormReady(page);
    await submitEmpty("Save incident")(page);
  },
};

const VISITS: Record<Role | "signed out", Visit[]> = {
  "signed out": [
    { name: "sign-in", path: "/sign-in", heading: "Sign in" },
    { name: "sign-in, errors", path: "/sign-in", heading: "Sign in", prepare: submitEmpty("Sign in") },
  ],
  viewer: [
    { name: "dashboard", path: "/", heading: "Landmine incidents" },
    { name: "incident list", path: "/incidents", heading: "Incidents" },
    { name: "incident", path: `/incidents/${INCIDENT}`, heading: `Incident ${INCIDENT}` },
    { name: "new incident (refused)", path: "/incidents/new", heading: "Log an incident" },
    { name: "province index", path: "/provinces", heading: "Provinces" },
    { name: "province", path: "/provinces/TH-33", heading: /Si Sa Ket/ },
    { name: "protest list", path: "/protests", heading: "Protests and Convention steps" },
    { name: "protest", path: `/protests/${PROTEST}`, heading: `Protest ${PROTEST}` },
    { name: "404", path: "/no-such-page", heading: "Page not found" },
  ],
  reporter: [
    { name: "incident", path: `/incidents/${INCIDENT}`, heading: `Incident ${INCIDENT}` },
    { name: "new incident", path: "/incidents/new", heading: "Log an incident", ...incidentForm },
    { name: "new incident, errors", path: "/incidents/new", heading: "Log an incident", ...incidentErrors },
    { name: "edit incident", path: `/incidents/${INCIDENT}/edit`, heading: `Edit incident ${INCIDENT}`, ...incidentForm },
  ],
  editor: [
    { name: "incident", path: `/incidents/${INCIDENT}`, heading: `Incident ${INCIDENT}` },
    { name: "new incident, errors", path: "/incidents/new", heading: "Log an incident", ...incidentErrors },
    { name: "edit incident", path: `/incidents/${INCIDENT}/edit`, heading: `Edit incident ${INCIDENT}`, ...incidentForm },
    { name: "import", path: "/incidents/import", heading: "Import incidents" },
    { name: "new protest", path: "/protests/new", heading: "Record a protest or Convention step" },
    {
      name: "new protest, errors",
      path: "/protests/new",
      heading: "Record a protest or Convention step",
      prepare: submitEmpty("Save protest"),
    },
    { name: "protest", path: `/protests/${PROTEST}`, heading: `Protest ${PROTEST}` },
    { name: "edit protest", path: `/protests/${PROTEST}/edit`, heading: `Edit protest ${PROTEST}` },
  ],
  admin: [
    { name: "dashboard", path: "/", heading: "Landmine incidents" },
    { name: "accounts", path: "/admin/users", heading: "Accounts" },
  ],
};

/** Nodes in violation by impact, and nodes axe could not decide (to review by hand). */
type Counts = Record<(typeof IMPACTS)[number] | "incomplete", number>;
const COLUMNS = [...IMPACTS, "incomplete"] as const;

function table(role: string, rows: { name: string; path: string; counts: Counts }[]): string {
  const head = `| role | page | path | ${COLUMNS.join(" | ")} |\n|---|---|---|${COLUMNS.map(() => "---").join("|")}|`;
  const body = rows.map((r) => `| ${role} | ${r.name} | ${r.path} | ${COLUMNS.map((c) => r.counts[c]).join(" | ")} |`);
  return [head, ...body].join("\n");
}

for (const [role, visits] of Object.entries(VISITS)) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: role === "signed out" ? { cookies: [], origins: [] } : storageStateOf(role as Role) });

    test("no serious or critical axe violations", async ({ page }) => {
      const rows: { name: string; path: string; counts: Counts }[] = [];
      const blocking: string[] = [];
      for (const visit of visits) {
        await page.goto(visit.path);
        await expect(page.getByRole("heading", { level: 1, name: visit.heading })).toBeVisible();
        await visit.prepare?.(page);
        const { violations, passes, incomplete } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(passes.length, `axe checked nothing on ${visit.path}`).toBeGreaterThan(0);
        const counts: Counts = { critical: 0, serious: 0, moderate: 0, minor: 0, incomplete: 0 };
        counts.incomplete = incomplete.reduce((n, result) => n + result.nodes.length, 0);
        for (const v of violations) {
          counts[v.impact ?? "minor"] += v.nodes.length;
          if (BLOCKING.has(v.impact ?? "")) {
            const targets = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ");
            blocking.push(`${visit.name} (${visit.path}): ${v.id} [${v.impact}] ×${v.nodes.length} — ${v.help} — ${targets}`);
          }
        }
        rows.push({ name: visit.name, path: visit.path, counts });
      }
      const summary = table(role, rows);
      test.info().annotations.push({ type: "axe violations (nodes) by impact", description: summary });
      console.log(`\naxe, ${role}:\n${summary}\n`);
      expect(blocking, blocking.join("\n")).toEqual([]);
    });
  });
}

// Logging an incident with the keyboard alone: Tab and Shift+Tab to move, arrow keys
// in the selects, Enter and Space on the buttons, and typing. No click anywhere.

/** Moves the focus with `key` until `target` has it (a date input's parts take a Tab each). */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Chooses the option labelled `label` in the focused select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, label: string): Promise<void> {
  await expect(select).toBeFocused();
  const [current, wanted] = await select.evaluate(
    (el: HTMLSelectElement, text) => [el.selectedIndex, [...el.options].findIndex((o) => o.label === text)],
    label,
  );
  expect(wanted, `no option "${label}"`).toBeGreaterThanOrEqual(0);
  const key = wanted > current ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(wanted - current); i++) await page.keyboard.press(key);
  await expect(select.locator("option:checked")).toHaveText(label);
}

test.describe("keyboard only", () => {
  // Dates are typed as the en-US date control reads them: month, day, year.
  test.use({ locale: "en-US" });

  test("logging an incident with a casualty, after a refused submit", async ({ page }) => {
    const token = uniqueToken();
    await openNewIncidentForm(page);

    const save = page.getByRole("button", { name: "Save incident", exact: true });
    await tabTo(page, save);
    await page.keyboard.press("Enter");
    await expect(formAlert(page, FORM_REFUSED)).toBeVisible();
    const date = field(page, "Date");
    await expect(date, "the first field in error takes the focus").toBeFocused();
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAccessibleDescription(/./);

    await page.keyboard.type("11052024");
    await expect(date).toHaveValue("2024-11-05");
    await tabTo(page, field(page, "Country"));
    await arrowTo(page, field(page, "Country"), "Thailand");
    await tabTo(page, field(page, "Province"));
    await arrowTo(page, field(page, "Province"), "Si Sa Ket (TH-33)");
    await tabTo(page, field(page, "Locality"));
    await page.keyboard.type(`Ban Phum ${token}`);
    await tabTo(page, field(page, "Device type"));
    await arrowTo(page, field(page, "Device type"), "Anti-personnel mine");
    await tabTo(page, field(page, "Activity"));
    await arrowTo(page, field(page, "Activity"), "Patrol");
    await tabTo(page, field(page, "Summary"));
    await page.keyboard.type(`A patrol stepped on a mine near ${token}.`);
    await tabTo(page, field(sourceRow(page, 1), "Outlet"));
    await page.keyboard.type("Bangkok Post");
    await tabTo(page, field(sourceRow(page, 1), "URL"));
    await page.keyboard.type(`https://www.bangkokpost.com/thailand/${token}`);

    await tabTo(page, page.getByRole("button", { name: "Add casualty" }));
    await page.keyboard.press("Space");
    const category = field(casualtyRow(page, 1), "Category");
    await expect(category, "the new row's first field takes the focus").toBeFocused();
    await arrowTo(page, category, "Military");
    await tabTo(page, field(casualtyRow(page, 1), "Outcome"));
    await arrowTo(page, field(casualtyRow(page, 1), "Outcome"), "Injured");
    await tabTo(page, category, "Shift+Tab");
    await expect(category.locator("option:checked")).toHaveText("Military");

    await tabTo(page, save);
    await page.keyboard.press("Enter");
    const reference = await expectIncidentPage(page);
    const stored = await findIncident(reference);
    expect(stored).toMatchObject({
      occurredOn: "2024-11-05",
      provinceCode: "TH-33",
      locality: `Ban Phum ${token}`,
      casualties: [{ category: "military", outcome: "injured" }],
      sources: [{ outlet: "Bangkok Post" }],
    });
  });
});
