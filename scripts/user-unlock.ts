// `npm run user:unlock -- --email a@example.org`: lifts an account's sign-in lock
// (too many wrong passwords) and forgets its count, with a history row by the
// registry itself. For when no administrator can sign in to do it on /admin/users.
import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { provideDatabaseForTask } from "@/lib/database/provide-database";
import { liftSignInLock } from "@/lib/data/sign-in-locks/lift-sign-in-lock";
import { runScript } from "./run-script";

await runScript("user:unlock", async (log) => {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  if (!values.email) throw new Error("Give the account's email: npm run user:unlock -- --email a@example.org");

  // The registry is likely running (someone is locked out of it): its database is used as it is.
  const database = await provideDatabaseForTask(readEnv(), log);
  const db = createPrismaClient(database.url);
  try {
    const { email } = values;
    log((await liftSignInLock({ email }, { actorId: null, db })) ? `lifted the sign-in lock of ${email}` : `${email} has no sign-in lock; nothing changed`);
  } finally {
    await db.$disconnect();
    await database.embedded?.stop();
  }
});
