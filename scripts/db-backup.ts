// `npm run db:backup [-- [--with-sessions] FILE]`: writes the registry's database
// (DATABASE_URL, or the embedded one, running or not) to a pg_dump file, by default
// backups/registry-<UTC date and time>.dump, readable by its owner only.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";
import { backupDatabase } from "@/lib/database/backup";
import { provideDatabaseForTask } from "@/lib/database/provide-database";
import { makePrivateFolder } from "@/lib/system/private-folder";
import { runScript } from "./run-script";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { "with-sessions": { type: "boolean", default: false } } });
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const backups = path.resolve("backups");
const file = path.resolve(positionals[0] ?? path.join(backups, `registry-${stamp}.dump`));

await runScript("db:backup", async (log) => {
  // A folder given with FILE is left as it is; backups/ is ours to keep private.
  if (positionals[0]) await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  else if (await makePrivateFolder(backups)) {
    log(`${backups} is private to its owner now (mode 700); backups made before may be readable by others: chmod 600 them`);
  }
  const database = await provideDatabaseForTask(readEnv(), log);
  try {
    await backupDatabase(database.url, file, { log, withSessions: values["with-sessions"] });
    log(`backup written to ${file}`);
  } finally {
    await database.embedded?.stop();
  }
});
