// The accounts scripts/e2e-server.ts creates, one per role, and where the
// setup project (e2e/auth.setup.ts) keeps each one's signed-in browser state.
import path from "node:path";
import type { Role } from "@/lib/auth/roles";

export const E2E_ROLES = ["viewer", "reporter", "editor", "admin"] as const satisfies readonly Role[];

export type E2eAccount = { email: string; name: string; role: Role; password: string };

export const E2E_ACCOUNTS: Record<Role, E2eAccount> = Object.fromEntries(
  E2E_ROLES.map((role) => [role, { email: `${role}@e2e.example`, name: `E2E ${role}`, role, password: `e2e-${role}-password-1` }]),
) as Record<Role, E2eAccount>;

export function storageStateOf(role: Role): string {
  return path.join(import.meta.dirname, "..", ".auth", `${role}.json`);
}
