import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { createIncident, findIncidentBySubmissionKey } from "@/lib/data/incidents/create-incident";
import { incidentFormSchema } from "@/lib/validations/incident";
import { BORDER_INCIDENTS_2025 } from "./border-incidents-2025";

/** Loads the gazetteer and the 2025 incidents; running it again changes nothing. */
export async function seedDemoData(db: PrismaClient): Promise<{ created: string[] }> {
  await seedGazetteer(db);
  const created: string[] = [];
  for (const { key, values } of BORDER_INCIDENTS_2025) {
    if (await findIncidentBySubmissionKey(key, db)) continue;
    // The demo data obeys the same rules as the form.
    const input = incidentFormSchema.parse(values);
    created.push(await createIncident(input, { submissionKey: key, db }));
  }
  return { created };
}
