import { test as setup } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_ROLES, storageStateOf } from "./support/accounts";
import { clientAddress, expectSignedInAs, signIn } from "./support/sign-in";

// Signs each role in once; the specs start from these saved sessions.
for (const [i, role] of E2E_ROLES.entries()) {
  setup(`sign in as ${role}`, async ({ browser }) => {
    // Each its own client address, so these sign-ins spend no other test's rate limit.
    const context = await browser.newContext({ storageState: undefined, extraHTTPHeaders: { "X-Forwarded-For": clientAddress(200 + i) } });
    const page = await context.newPage();
    await signIn(page, E2E_ACCOUNTS[role]);
    await expectSignedInAs(page, E2E_ACCOUNTS[role]);
    await context.storageState({ path: storageStateOf(role) });
    await context.close();
  });
}
