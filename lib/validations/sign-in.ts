import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").pipe(z.email("Enter an email address such as name@example.org")),
  password: z.string().min(1, "Enter your password").max(128, "A password has at most 128 characters"),
});

export type SignInValues = z.input<typeof signInSchema>;

// Any origin does: the question is only whether `next` stays on it.
const OWN_ORIGIN = "https://registry.invalid";
// Browsers drop tabs and newlines from an address ("/\t/x" is "//x", another host)
// and read a backslash as a slash; a path of this registry has neither.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to go after signing in: a path of this registry only, never another site
 * (open redirect). `next` is resolved the way a browser resolves it; anything that
 * would leave the registry's origin, or that is not a plain path, leads to "/".
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || UNSAFE_CHARACTERS.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, OWN_ORIGIN);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser would send elsewhere.
  if (url.origin !== OWN_ORIGIN || path.startsWith("//")) return "/";
  return path;
}
