import type { PrismaClient } from "@/generated/prisma/client";
import { GAZETTEER } from "@/lib/geo/gazetteer";

/**
 * Upserts every country and province of lib/geo/gazetteer.ts (names and aliases may
 * change) in two statements: some 250 countries and 4,000 provinces, on every start.
 * Rows already as they should be are left alone, so an unchanged gazetteer does not
 * move the registry's revision (its trigger fires on any update) and empty the caches.
 */
export async function seedGazetteer(db: PrismaClient): Promise<void> {
  const countries = GAZETTEER.map(({ code, name, aliases }) => ({ code, name, aliases }));
  const provinces = GAZETTEER.flatMap((c) => c.provinces.map((p) => ({ ...p, country_code: c.code })));
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO countries (code, name, aliases)
      SELECT r.code, r.name, ARRAY(SELECT jsonb_array_elements_text(r.aliases))
      FROM jsonb_to_recordset(${JSON.stringify(countries)}::jsonb) AS r(code text, name text, aliases jsonb)
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases
      WHERE (countries.name, countries.aliases) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.aliases)`,
    db.$executeRaw`
      INSERT INTO provinces (code, country_code, name, aliases)
      SELECT r.code, r.country_code, r.name, ARRAY(SELECT jsonb_array_elements_text(r.aliases))
      FROM jsonb_to_recordset(${JSON.stringify(provinces)}::jsonb) AS r(code text, country_code text, name text, aliases jsonb)
      ON CONFLICT (code) DO UPDATE SET country_code = EXCLUDED.country_code, name = EXCLUDED.name, aliases = EXCLUDED.aliases
      WHERE (provinces.country_code, provinces.name, provinces.aliases)
        IS DISTINCT FROM (EXCLUDED.country_code, EXCLUDED.name, EXCLUDED.aliases)`,
  ]);
}
