import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedGazetteer } from "@/lib/database/seed-gazetteer";
import { createIncident, findIncidentBySubmissionKey } from "@/lib/data/incidents/create-incident";
import { createProtest } from "@/lib/data/protests/create-protest";
import { incidentFormSchema } from "@/lib/validations/incident";
import { protestFormSchema } from "@/lib/validations/protest";
import { BORDER_INCIDENTS_2025 } from "./border-incidents-2025";
import { BORDER_PROTESTS_2025, incidentKeysOn } from "./border-protests-2025";

/** The references a run added. */
export type SeededDemoData = { incidents: string[]; protests: string[] };

/** Loads the gazetteer, the 2025 incidents and protest steps; running it again changes nothing. */
export async function seedDemoData(db: PrismaClient): Promise<SeededDemoData> {
  await seedGazetteer(db);
  const seeded: SeededDemoData = { incidents: [], protests: [] };
  for (const { key, values } of BORDER_INCIDENTS_2025) {
    if (await findIncidentBySubmissionKey(key, db)) continue;
    // The demo data obeys the same rules as the form.
    const input = incidentFormSchema.parse(values);
    seeded.incidents.push(await createIncident(input, { submissionKey: key, db }));
  }
  for (const { key, incidentDates, values } of BORDER_PROTESTS_2025) {
    if (await db.protest.findUnique({ where: { submissionKey: key }, select: { id: true } })) continue;
    const incidents = await Promise.all(incidentKeysOn(incidentDates).map((k) => findIncidentBySubmissionKey(k, db)));
    const input = protestFormSchema.parse({ ...values, incidents: incidents.filter((r): r is string => r !== null) });
    seeded.protests.push(await createProtest(input, { submissionKey: key, db }));
  }
  return seeded;
}

/** One line for the log about what a run of seedDemoData added. */
export function demoDataMessage({ incidents, protests }: SeededDemoData): string {
  if (incidents.length + protests.length === 0) return "demo data already present: nothing added";
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  return `demo data: ${count(incidents.length, "incident")} and ${count(protests.length, "protest step")} added`;
}
