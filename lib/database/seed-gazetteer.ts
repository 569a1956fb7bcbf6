import type { PrismaClient } from "@/generated/prisma/client";
import { GAZETTEER } from "@/lib/geo/gazetteer";

/** Upserts every country and province of lib/geo/gazetteer.ts (names and aliases may change). */
export async function seedGazetteer(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const country of GAZETTEER) {
      const countryData = { name: country.name, aliases: [...country.aliases] };
      await tx.country.upsert({
        where: { code: country.code },
        create: { code: country.code, ...countryData },
        update: countryData,
      });
      for (const province of country.provinces) {
        const data = { countryCode: country.code, name: province.name, aliases: [...province.aliases] };
        await tx.province.upsert({
          where: { code: province.code },
          create: { code: province.code, ...data },
          update: data,
        });
      }
    }
    // About a hundred upserts one after the other: Prisma's default of 5 s is too
    // short on a busy machine (a CI runner, tests in parallel on two cores).
  }, { timeout: 60_000 });
}
