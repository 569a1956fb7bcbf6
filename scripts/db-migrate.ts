// `npm run db:migrate`: apply pending migrations to DATABASE_URL, or to the
// embedded database (started for the occasion and stopped afterwards).
import { readEnv } from "@/lib/env";
import { migrate } from "@/lib/database/migrate";
import { provideDatabase } from "@/lib/database/provide-database";
import { runScript } from "./run-script";

await runScript("db:migrate", async (log) => {
  const database = await provideDatabase(readEnv(), log);
  try {
    const applied = await migrate(database.url, { log });
    log(applied.length ? `${applied.length} migration(s) applied` : "nothing to apply: the schema is up to date");
  } finally {
    await database.embedded?.stop();
  }
});
