// `npm run db:restore -- FILE`: restores a file made by `npm run db:backup` into the
// registry's database (DATABASE_URL, or the embedded one), which must be empty.
import path from "node:path";
import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";
import { restoreDatabase } from "@/lib/database/backup";
import { provideDatabaseForTask } from "@/lib/database/provide-database";
import { runScript } from "./run-script";

const { positionals } = parseArgs({ allowPositionals: true });

await runScript("db:restore", async (log) => {
  if (!positionals[0]) throw new Error("Give the backup file to restore: npm run db:restore -- backups/registry-….dump");
  const file = path.resolve(positionals[0]);
  const database = await provideDatabaseForTask(readEnv(), log);
  try {
    await restoreDatabase(database.url, file, log);
    log(`restored ${file}; npm start applies any newer migrations`);
  } finally {
    await database.embedded?.stop();
  }
});
