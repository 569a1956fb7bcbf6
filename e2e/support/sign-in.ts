import { expect, type Page } from "@playwright/test";
import type { E2eAccount } from "./accounts";

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, account: Pick<E2eAccount, "email" | "password">, next = "/"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A client address of the documentation range (RFC 5737), different for each caller. */
export function clientAddress(n: number): string {
  return `198.51.100.${n % 250}`;
}

export async function expectSignedInAs(page: Page, account: E2eAccount): Promise<void> {
  await expect(page.getByRole("form", { name: "Account" })).toContainText(account.email);
}
