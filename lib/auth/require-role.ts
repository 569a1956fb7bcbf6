import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, getSessionUser, type CurrentUser } from "@/lib/auth/current-user";
import { forbiddenMessage, hasRole, type Role } from "@/lib/auth/roles";
import { readEnv } from "@/lib/env";
import { DATABASE_DOWN } from "@/lib/actions/form-state";
import { SIGN_IN_NEEDED, SIGN_IN_TO_READ, signInPathFor } from "@/lib/auth/sign-in-required";

// Every Server Action, route handler and page asks here, on the server, before it
// reads or writes: hiding a button is not a check.

export type Allowed = { ok: true; user: CurrentUser };
export type Refused = { ok: false; status: 401 | 403 | 503; message: string };

function checkRole(user: CurrentUser | null, needed: Role, doing: string): Allowed | Refused {
  if (!user) return { ok: false, status: 401, message: SIGN_IN_NEEDED };
  if (!hasRole(user.role, needed)) return { ok: false, status: 403, message: forbiddenMessage(needed, doing) };
  return { ok: true, user };
}

/**
 * For Server Actions: the signed-in account if its role is at least `needed`. The
 * session lives in the database: while it is unreachable the action is refused with
 * the database message, and the form keeps what was typed.
 */
export async function requireRole(needed: Role, doing: string): Promise<Allowed | Refused> {
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    console.error("Reading the session failed", error);
    return { ok: false, status: 503, message: DATABASE_DOWN };
  }
  return checkRole(user, needed, doing);
}

/** For route handlers that write: the account of the request's session, or the refusal as a JSON response. */
export async function authorizeRequest(request: Request, needed: Role, doing: string): Promise<Allowed | { ok: false; response: Response }> {
  const result = checkRole(await getSessionUser(request.headers), needed, doing);
  if (result.ok) return result;
  return { ok: false, response: Response.json({ message: result.message }, { status: result.status, headers: { "Cache-Control": "no-store" } }) };
}

/** For reading route handlers (exports, search): open to everyone when PUBLIC_READ is on; `user` is null for a visitor. */
export async function authorizeRead(request: Request): Promise<{ ok: true; user: CurrentUser | null } | { ok: false; response: Response }> {
  const user = await getSessionUser(request.headers);
  if (user || readEnv().PUBLIC_READ) return { ok: true, user };
  return {
    ok: false,
    response: Response.json({ message: SIGN_IN_TO_READ }, { status: 401, headers: { "Cache-Control": "no-store" } }),
  };
}

/** For pages that read: sends a visitor without an account to the sign-in page, then back to `path`. */
export async function requireReader(path: string): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user && !readEnv().PUBLIC_READ) redirect(signInPathFor(path));
  return user;
}

/** For pages that write (forms): sign in first, and a role too low sees why instead of the form. */
export async function requirePageRole(needed: Role, path: string): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPathFor(path));
  return { user, allowed: hasRole(user.role, needed) };
}
