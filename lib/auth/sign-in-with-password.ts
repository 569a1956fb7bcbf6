import "server-only";
import { getAuth } from "@/lib/auth/auth";
import { SIGN_IN_PATH } from "@/lib/auth/create-auth";

export type SignInResult =
  | { ok: true; setCookie: string }
  | { ok: false; reason: "invalid" }
  /** rate_limited: too many attempts from this client address; locked: too many wrong passwords for this account. */
  | { ok: false; reason: "rate_limited" | "locked"; retryAfterSeconds: number };

/**
 * Checks an email and password through better-auth's own HTTP handler rather than
 * its direct API: only the handler applies the rate limit, which counts attempts per
 * client address (`clientAddress`, from clientAddressOf, as its X-Forwarded-For: the
 * address the limit sees is the registry's own). Attempts that limit lets through are
 * counted on the account too, from any address (lib/auth/create-auth.ts). The
 * answer's Set-Cookie holds the new session.
 */
export async function signInWithPassword(email: string, password: string, clientAddress: string | null): Promise<SignInResult> {
  const auth = getAuth();
  const { baseURL } = await auth.$context;
  const headers = new Headers({ "Content-Type": "application/json" });
  if (clientAddress) headers.set("X-Forwarded-For", clientAddress);
  const response = await auth.handler(
    new Request(`${baseURL}${SIGN_IN_PATH}`, { method: "POST", headers, body: JSON.stringify({ email, password }) }),
  );
  if (response.status === 429) {
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Number(response.headers.get("X-Retry-After")) || 60 };
  }
  if (response.status === 423) {
    const { retryAfterSeconds } = (await response.json()) as { retryAfterSeconds: number };
    return { ok: false, reason: "locked", retryAfterSeconds };
  }
  // better-auth answers 500 when its database (the rate limit, the lock, the account) failed: not a wrong password.
  if (response.status >= 500) throw new Error(`Signing in failed: better-auth answered ${response.status}`);
  const setCookie = response.headers.get("set-cookie");
  if (!response.ok || !setCookie) return { ok: false, reason: "invalid" };
  return { ok: true, setCookie };
}
