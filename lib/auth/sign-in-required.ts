// What a request without a session is told: by proxy.ts when it carries no session
// cookie at all, and by lib/auth/require-role.ts when its session is not a live one.

export const SIGN_IN_NEEDED = "Nothing was changed: your session has ended. Sign in again, then repeat what you did.";
export const SIGN_IN_TO_READ = "Sign in to read the registry (or ask its administrator to turn on PUBLIC_READ).";

/** The sign-in page, which leads back to `path` once signed in. */
export function signInPathFor(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}
