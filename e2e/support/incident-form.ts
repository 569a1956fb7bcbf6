// Filling the incident form the way a person does: by label, one row group at a time.
// Works with JavaScript on (react-hook-form) and off (the form posts to the Server
// Action; "Add casualty" and "Remove …" are then round trips to the server).
import { expect, type Locator, type Page } from "@playwright/test";

/** A value no other test uses: put it in the locality to find the incident again. */
export function uniqueToken(): string {
  return `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export type SourceData = { outlet: string; url: string; publishedOn?: string };

export type CasualtyData = {
  category: string;
  outcome: string;
  nationality?: string;
  sex?: string;
  age?: string;
  unit?: string;
  injuries?: string;
};

/** Select fields hold the visible option labels, e.g. province "Si Sa Ket (TH-33)". */
export type IncidentData = {
  date: string;
  time: string;
  country: string;
  province: string;
  locality: string;
  latitude: string;
  longitude: string;
  deviceType: string;
  deviceModel: string;
  emplacement: string;
  basis: string;
  activity: string;
  summary: string;
  verification: string;
  source: SourceData;
};

/**
 * A valid incident whose locality contains `token`. Dated 2024, before the seeded
 * 2025 incidents, so those stay on the first page of /incidents (newest first).
 */
export function validIncident(token: string, overrides: Partial<IncidentData> = {}): IncidentData {
  return {
    date: "2024-11-05",
    time: "09:30",
    country: "Thailand",
    province: "Si Sa Ket (TH-33)",
    locality: `Ban Phum ${token}`,
    latitude: "14.3821",
    longitude: "104.6912",
    deviceType: "Anti-personnel mine",
    deviceModel: "PMN-2",
    emplacement: "Newly laid",
    basis: "Confirmed by the ASEAN observer team",
    activity: "Patrol",
    summary: `A patrol stepped on a mine near ${token}.`,
    verification: "Corroborated",
    source: { outlet: "Bangkok Post", url: `https://www.bangkokpost.com/thailand/${token}`, publishedOn: "2024-11-06" },
    ...overrides,
  };
}

/**
 * The control labelled exactly `label`, within a page or a row group. (Required
 * fields' labels end in an aria-hidden "*", which Playwright's label text includes.)
 */
export const field = (scope: Page | Locator, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*\\*?$`));
export const casualtyRow = (page: Page, n: number): Locator => page.getByRole("group", { name: `Casualty ${n}`, exact: true });
export const sourceRow = (page: Page, n: number): Locator => page.getByRole("group", { name: `Source ${n}`, exact: true });

/**
 * With JavaScript, wait until React has hydrated the form, so that the test drives
 * the browser behaviour (validation, rows added in place) and not a plain post made
 * before the scripts ran. Hydrated, the Province select offers one country's
 * provinces, or says "Choose the country first".
 */
export async function waitForFormReady(page: Page): Promise<void> {
  const province = field(page, "Province");
  await expect
    .poll(
      async () =>
        (await page.getByText("Choose the country first").isVisible()) ||
        (await province.locator("optgroup").count()) === 1,
      { message: "the incident form did not hydrate" },
    )
    .toBe(true);
}

export async function openNewIncidentForm(page: Page, { javaScript = true } = {}): Promise<void> {
  await page.goto("/incidents/new");
  await expect(page.getByRole("heading", { level: 1, name: "Log an incident" })).toBeVisible();
  if (javaScript) await waitForFormReady(page);
}

export async function openEditForm(page: Page, reference: string, { javaScript = true } = {}): Promise<void> {
  await page.goto(`/incidents/${reference}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: `Edit incident ${reference}` })).toBeVisible();
  if (javaScript) await waitForFormReady(page);
}

export async function fillIncident(page: Page, data: IncidentData): Promise<void> {
  await field(page, "Date").fill(data.date);
  await field(page, "Time").fill(data.time);
  // Country first: choosing it clears a province of another country.
  await field(page, "Country").selectOption({ label: data.country });
  await field(page, "Province").selectOption({ label: data.province });
  await field(page, "Locality").fill(data.locality);
  await field(page, "Latitude").fill(data.latitude);
  await field(page, "Longitude").fill(data.longitude);
  await field(page, "Device type").selectOption({ label: data.deviceType });
  await field(page, "Device model").fill(data.deviceModel);
  await field(page, "Emplacement").selectOption({ label: data.emplacement });
  await field(page, "Basis of assessment").fill(data.basis);
  await field(page, "Activity").selectOption({ label: data.activity });
  await field(page, "Summary").fill(data.summary);
  await field(page, "Verification").selectOption({ label: data.verification });
  await fillSource(page, 1, data.source);
}

export async function fillSource(page: Page, n: number, source: SourceData): Promise<void> {
  const row = sourceRow(page, n);
  await field(row, "Outlet").fill(source.outlet);
  await field(row, "URL").fill(source.url);
  await field(row, "Published on").fill(source.publishedOn ?? "");
}

/** Adds a casualty row and waits for it (without JavaScript the server answers with it). */
export async function addCasualty(page: Page): Promise<Locator> {
  const count = await page.getByRole("group", { name: /^Casualty \d+$/ }).count();
  await page.getByRole("button", { name: "Add casualty" }).click();
  const row = casualtyRow(page, count + 1);
  await expect(row).toBeVisible();
  return row;
}

export async function fillCasualty(page: Page, n: number, casualty: CasualtyData): Promise<void> {
  const row = casualtyRow(page, n);
  await field(row, "Category").selectOption({ label: casualty.category });
  await field(row, "Outcome").selectOption({ label: casualty.outcome });
  if (casualty.nationality) await field(row, "Nationality").selectOption({ label: casualty.nationality });
  if (casualty.sex) await field(row, "Sex").selectOption({ label: casualty.sex });
  await field(row, "Age").fill(casualty.age ?? "");
  await field(row, "Unit").fill(casualty.unit ?? "");
  await field(row, "Injuries").fill(casualty.injuries ?? "");
}

const INCIDENT_PAGE = /\/incidents\/MI-\d{4}-\d{4,}$/;

/** After a save: waits for the incident page and answers its reference. */
export async function expectIncidentPage(page: Page): Promise<string> {
  await page.waitForURL(INCIDENT_PAGE);
  const reference = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Incident ${reference}`);
  return reference;
}

/** Logs `data` (plus any casualties) through the form; answers the new reference. */
export async function logIncident(page: Page, data: IncidentData, casualties: CasualtyData[] = []): Promise<string> {
  await openNewIncidentForm(page);
  await fillIncident(page, data);
  for (const [i, casualty] of casualties.entries()) {
    await addCasualty(page);
    await fillCasualty(page, i + 1, casualty);
  }
  await page.getByRole("button", { name: "Save incident" }).click();
  return expectIncidentPage(page);
}

export const FORM_REFUSED = "Nothing was saved. Correct the fields marked below, then save again.";

/** The form-level alert with this text (Next.js has a role="alert" route announcer too). */
export function formAlert(page: Page, text: string | RegExp = FORM_REFUSED): Locator {
  return page.getByRole("alert").filter({ hasText: text });
}

/**
 * The field is marked invalid and its message is shown next to it, in the element
 * `#<id>-error` that the field's aria-describedby points to.
 */
export async function expectFieldError(control: Locator, message: string): Promise<void> {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const id = await control.getAttribute("id");
  expect(id, "an invalid field needs an id for its error message").toBeTruthy();
  await expect(control).toHaveAttribute("aria-describedby", new RegExp(`(^|\\s)${escapeRegExp(`${id}-error`)}(\\s|$)`));
  const error = control.page().locator(`[id="${id}-error"]`);
  await expect(error).toBeVisible();
  await expect(error).toHaveText(message);
  await expect(control).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
