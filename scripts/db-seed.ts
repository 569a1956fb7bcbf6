// `npm run db:seed`: migrate, then load the gazetteer and the 2025 demo incidents
// and protest steps. Idempotent: a second run adds nothing.
import { readEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { migrate } from "@/lib/database/migrate";
import { provideDatabase } from "@/lib/database/provide-database";
import { demoDataMessage, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { runScript } from "./run-script";

await runScript("db:seed", async (log) => {
  const database = await provideDatabase(readEnv(), log);
  const db = createPrismaClient(database.url);
  try {
    await migrate(database.url, { log });
    log(demoDataMessage(await seedDemoData(db)));
  } finally {
    await db.$disconnect();
    await database.embedded?.stop();
  }
});
