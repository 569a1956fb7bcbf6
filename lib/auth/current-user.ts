import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "@/lib/auth/auth";
import { isRole, type Role } from "@/lib/auth/roles";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/** The account whose session cookie these request headers carry, or null. */
export async function getSessionUser(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  // A role the code does not know (a hand-edited row) grants nothing beyond reading.
  return { id, name, email, role: isRole(role) ? role : "viewer" };
}

/** The signed-in account of this request (pages, Server Actions), read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => getSessionUser(await headers()));
