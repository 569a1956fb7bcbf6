import { readFile } from "node:fs/promises";
import type { BrowserContext } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { storageStateOf } from "./accounts";

/** Replaces the browser's session by `role`'s (or by none): the page in front stays as it was. */
export async function switchSession(context: BrowserContext, role: Role | null): Promise<void> {
  await context.clearCookies();
  if (!role) return;
  const state = JSON.parse(await readFile(storageStateOf(role), "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await context.addCookies(state.cookies);
}
