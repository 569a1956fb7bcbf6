import "server-only";
import { getAuth } from "@/lib/auth/auth";
import { SIGN_IN_PATH } from "@/lib/auth/create-auth";
import { claimSignInAttempt, clearSignInFailures } from "@/lib/data/sign-in-locks/sign-in-attempts";

export type SignInResult =
  | { ok: true; setCookie: string }
  | { ok: false; reason: "invalid" }
  /** rate_limited: too many attempts from this client address; locked: too many wrong passwords for this account. */
  | { ok: false; reason: "rate_limited" | "locked"; retryAfterSeconds: number };

/**
 * Checks an email and password through better-auth's own HTTP handler rather than
 * its direct API: only the handler applies the rate limit, which counts attempts per
 * client address (`clientAddress`, from clientAddressOf, as its X-Forwarded-For: the
 * address the limit sees is the registry's own). Attempts on one account are counted
 * too, from any address (lib/auth/account-lock.ts). The answer's Set-Cookie holds the
 * new session.
 */
export async function signInWithPassword(email: string, password: string, clientAddress: string | null): Promise<SignInResult> {
  const claim = await claimSignInAttempt(email);
  if (!claim.allowed) return { ok: false, reason: "locked", retryAfterSeconds: claim.retryAfterSeconds };
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
  const setCookie = response.headers.get("set-cookie");
  if (!response.ok || !setCookie) return { ok: false, reason: "invalid" };
  await clearSignInFailures(email);
  return { ok: true, setCookie };
}
