import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import type { Role } from "@/lib/auth/roles";
import { createAccount } from "@/lib/data/users/create-account";

// Server Actions read the session from next/headers; outside Next.js a test stands
// in for the request (its file mocks next/headers with `nextHeadersStandIn`). The
// accounts and sessions themselves are real (better-auth, PostgreSQL).

const request = { headers: new Headers() };

export const nextHeadersStandIn = {
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
};

export type Session = { userId: string; cookie: string };

let counter = 0;

/** Creates an account of `role` and signs it in through better-auth; returns its session cookie. */
export async function signedIn(role: Role): Promise<Session> {
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@test.example`;
  const password = `password-of-${role}-${counter}`;
  const userId = await createAccount({ email, name: `Test ${role} ${counter}`, role, password });
  const result = await signInWithPassword(email, password, `192.0.2.${counter}`);
  if (!result.ok) throw new Error(`could not sign in ${email}: ${result.reason}`);
  // "name=value; Path=/; HttpOnly…" → "name=value"
  const cookie = result.setCookie
    .split(/,(?=\s*[^;,=\s]+=)/)
    .map((c) => c.split(";")[0]!.trim())
    .join("; ");
  return { userId, cookie };
}

/** Runs the next calls as `session` (or without one). */
export function actAs(session: Session | null): void {
  request.headers = new Headers(session ? { cookie: session.cookie } : {});
}

/** Calls a Server Action; its redirect (success) is returned as the target path. */
export async function callAction<T>(run: () => Promise<T>): Promise<T | { redirectedTo: string }> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirectedTo: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/** FormData with react-hook-form field names ("casualties.0.category"), as the forms post it. */
export function formDataOf(values: Record<string, unknown>): FormData {
  const data = new FormData();
  const add = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((v, i) => add(`${prefix}.${i}`, v));
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) add(prefix ? `${prefix}.${k}` : k, v);
    else data.append(prefix, String(value ?? ""));
  };
  add("", values);
  return data;
}
