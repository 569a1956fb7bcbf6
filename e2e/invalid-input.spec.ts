import { expect, test, type Locator, type Page } from "@playwright/test";
import { countIncidents } from "./support/database";
import {
  addCasualty,
  casualtyRow,
  expectFieldError,
  field,
  fillCasualty,
  fillIncident,
  formAlert,
  openNewIncidentForm,
  sourceRow,
  uniqueToken,
  validIncident,
} from "./support/incident-form";

// Each bad input is refused with its message at its field, and nothing is saved.
// The cases run twice: with JavaScript (react-hook-form checks in the browser) and
// without (the Server Action checks the posted form and re-renders it).
// A province of another country cannot be picked with JavaScript on (the Province
// select only offers the chosen country's provinces): no-javascript.spec.ts posts one.

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

type Case = {
  name: string;
  /** Makes the valid form invalid; answers the field that must show `message`. */
  spoil: (page: Page) => Promise<Locator>;
  message: string;
};

const SUMMARY_TOO_LONG = "x".repeat(5001);

const CASES: Case[] = [
  {
    name: "a date in the future",
    spoil: async (page) => {
      await field(page, "Date").fill(daysFromNow(3));
      return field(page, "Date");
    },
    message: "The date cannot be in the future",
  },
  {
    name: "a date before 1970",
    spoil: async (page) => {
      await field(page, "Date").fill("1969-12-31");
      return field(page, "Date");
    },
    message: "The date cannot be before 1970",
  },
  {
    name: "a latitude without a longitude",
    spoil: async (page) => {
      await field(page, "Longitude").fill("");
      return field(page, "Longitude");
    },
    message: "Give both latitude and longitude, or leave both empty",
  },
  {
    name: "a latitude of 91",
    spoil: async (page) => {
      await field(page, "Latitude").fill("91");
      return field(page, "Latitude");
    },
    message: "The latitude must be between -90 and 90",
  },
  {
    name: "an ftp:// source URL",
    spoil: async (page) => {
      await field(sourceRow(page, 1), "URL").fill("ftp://x");
      return field(sourceRow(page, 1), "URL");
    },
    message: "Enter a web address starting with http:// or https://",
  },
  {
    name: "a javascript: source URL",
    spoil: async (page) => {
      await field(sourceRow(page, 1), "URL").fill("javascript:alert(1)");
      return field(sourceRow(page, 1), "URL");
    },
    message: "Enter a web address starting with http:// or https://",
  },
  {
    name: "a summary over 5,000 characters",
    spoil: async (page) => {
      await field(page, "Summary").fill(SUMMARY_TOO_LONG);
      return field(page, "Summary");
    },
    message: "Shorten this to at most 5,000 characters",
  },
  {
    name: "a casualty aged 121",
    spoil: async (page) => {
      await addCasualty(page);
      await fillCasualty(page, 1, { category: "Civilian", outcome: "Injured", age: "121" });
      return field(casualtyRow(page, 1), "Age");
    },
    message: "The age must be a whole number from 0 to 120",
  },
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    for (const { name, spoil, message } of CASES) {
      test(`refuses ${name}`, async ({ page }) => {
        const before = await countIncidents();
        const token = uniqueToken();
        const incident = validIncident(token);
        await openNewIncidentForm(page, { javaScript: javaScriptEnabled });
        await fillIncident(page, incident);
        const control = await spoil(page);
        const typed = await control.inputValue();
        await page.getByRole("button", { name: "Save incident" }).click();

        await expect(formAlert(page)).toBeVisible();
        await expectFieldError(control, message);
        await expect(page).toHaveURL(/\/incidents\/new$/);
        // What was typed is still there, the bad value included.
        await expect(control).toHaveValue(typed);
        await expect(field(page, "Locality")).toHaveValue(incident.locality);
        await expect(field(page, "Province")).toHaveValue("TH-33");
        await expect(field(sourceRow(page, 1), "Outlet")).toHaveValue(incident.source.outlet);
        expect(await countIncidents()).toBe(before);
      });
    }

    test("refuses an incident without a source", async ({ page }) => {
      const before = await countIncidents();
      await openNewIncidentForm(page, { javaScript: javaScriptEnabled });
      await fillIncident(page, validIncident(uniqueToken()));
      await page.getByRole("button", { name: "Remove source 1" }).click();
      await expect(sourceRow(page, 1)).toHaveCount(0);
      await page.getByRole("button", { name: "Save incident" }).click();

      await expect(formAlert(page)).toBeVisible();
      const sources = page.getByRole("group", { name: "Sources", exact: true });
      await expect(page.locator("#sources-error")).toHaveText("Add at least one source");
      await expect(sources).toHaveAccessibleDescription("Add at least one source");
      expect(await countIncidents()).toBe(before);
    });

    test("refuses a NUL character at its field instead of blaming the database", async ({ page }) => {
      const before = await countIncidents();
      await openNewIncidentForm(page, { javaScript: javaScriptEnabled });
      await fillIncident(page, validIncident(uniqueToken(), { locality: "Ban\u0000Phum" }));
      await page.getByRole("button", { name: "Save incident" }).click();

      await expect(formAlert(page)).toBeVisible();
      await expect(field(page, "Locality")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#locality-error")).not.toBeEmpty();
      expect(await countIncidents()).toBe(before);
    });

    test("refuses an empty form, with a message at each required field", async ({ page }) => {
      const before = await countIncidents();
      await openNewIncidentForm(page, { javaScript: javaScriptEnabled });
      await page.getByRole("button", { name: "Save incident" }).click();

      await expect(formAlert(page)).toBeVisible();
      await expectFieldError(field(page, "Date"), "Enter the date");
      await expectFieldError(field(page, "Country"), "Choose the country");
      await expectFieldError(field(page, "Province"), "Choose the province");
      await expectFieldError(field(page, "Device type"), "Choose the device type (or Unknown)");
      await expectFieldError(field(page, "Activity"), "Choose the activity at the time (or Unknown)");
      await expectFieldError(field(page, "Summary"), "Describe what happened");
      await expectFieldError(field(sourceRow(page, 1), "Outlet"), "Enter the outlet or body that reported it");
      await expectFieldError(field(sourceRow(page, 1), "URL"), "Enter the address (URL) of the source");
      // Optional fields are not marked.
      await expect(field(page, "Locality")).toHaveAttribute("aria-invalid", "false");
      expect(await countIncidents()).toBe(before);
    });
  });
}
