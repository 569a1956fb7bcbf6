import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").pipe(z.email("Enter an email address such as name@example.org")),
  password: z.string().min(1, "Enter your password").max(128, "A password has at most 128 characters"),
});

export type SignInValues = z.input<typeof signInSchema>;

/** Where to go after signing in: a path of this site only, never another site (open redirect). */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
