import { clientAddressOf } from "@/lib/http/client-address";

// How many exports each client is running, so that one client cannot take every
// export connection. Counted in this server process (each worker of
// scripts/production-server.mjs counts its own), on globalThis because every route
// handler bundle has its own copy of this module.

type Holder = { registryExportSlots?: Map<string, number> };
const holder = globalThis as unknown as Holder;
const running = (holder.registryExportSlots ??= new Map());

/** Whom a limit counts: the signed-in account, else the client's address. */
export function exportClientOf(userId: string | null, headers: Headers): string {
  return userId ? `account ${userId}` : `address ${clientAddressOf(headers) ?? "unknown"}`;
}

/** Takes one of `client`'s `limit` slots; gives the function that frees it (call it once), or null when all are taken. */
export function takeExportSlot(client: string, limit: number): (() => void) | null {
  const taken = running.get(client) ?? 0;
  if (taken >= limit) return null;
  running.set(client, taken + 1);
  return () => {
    const left = (running.get(client) ?? 1) - 1;
    if (left > 0) running.set(client, left);
    else running.delete(client);
  };
}
