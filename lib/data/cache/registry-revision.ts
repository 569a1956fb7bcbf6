import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";

/**
 * The registry's revision: PostgreSQL moves it on when a transaction that changed
 * incidents, casualties, protests or the gazetteer commits (a trigger; see the
 * migration 20261122100000_registry_revision). Read once per request.
 */
export const readRegistryRevision = cache(async (): Promise<bigint> => {
  const row = await getPrisma().registryRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0n;
});
