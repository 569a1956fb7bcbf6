import { constantTimeEqual, makeSignature } from "better-auth/crypto";

/**
 * The token of a session cookie's value ("<token>.<signature>", as better-auth sets
 * it) when the registry's secret signed it, else null. Checked before the token is
 * looked up, so that the page cache never tells whether a made-up token is live.
 */
export async function signedSessionToken(cookieValue: string, secret: string): Promise<string | null> {
  const dot = cookieValue.lastIndexOf(".");
  if (dot < 1) return null;
  const token = cookieValue.slice(0, dot);
  return constantTimeEqual(await makeSignature(token, secret), cookieValue.slice(dot + 1)) ? token : null;
}
