import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { ROLES } from "@/lib/auth/roles";

export const roleSchema = z.enum(ROLES, { error: "Choose viewer, reporter, editor or admin" });

export const newAccountSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address such as name@example.org")),
  name: z.string().trim().min(1, "Enter the person's name").max(200, "A name has at most 200 characters"),
  role: roleSchema,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `A password needs at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `A password has at most ${MAX_PASSWORD_LENGTH} characters`),
});

export type NewAccount = z.output<typeof newAccountSchema>;

export const roleChangeSchema = z.object({ role: roleSchema });
