"use server";

import { revalidatePath } from "next/cache";
import { failure, refused } from "@/lib/actions/action-failure";
import { FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/require-role";
import { changeRole } from "@/lib/data/users/change-role";
import { createAccount } from "@/lib/data/users/create-account";
import { liftSignInLock } from "@/lib/data/sign-in-locks/lift-sign-in-lock";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import { newAccountSchema, roleChangeSchema } from "@/lib/validations/account";

export type RoleChangeState = FormState<{ role: string }> & { saved?: boolean };
export type NewAccountValues = { email: string; name: string; role: string; password: string };
export type LiftLockState = FormState<Record<string, never>> & { lifted?: boolean };
export type NewAccountState = FormState<NewAccountValues> & { created?: string };

const text = (value: unknown) => (typeof value === "string" ? value : "");

export async function changeRoleAction(userId: string, _prev: RoleChangeState, formData: FormData): Promise<RoleChangeState> {
  const { raw, formError } = formDataToObject(formData);
  const values = { role: text(raw.role) };
  if (formError) return { fieldErrors: {}, formError, values };
  const parsed = roleChangeSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
  const access = await requireRole("admin", "changing a role");
  if (!access.ok) return refused(access, values);
  try {
    await changeRole(userId, parsed.data.role, access.user.id);
  } catch (error) {
    return failure(error, values, "changeRoleAction");
  }
  revalidatePath("/admin/users");
  return { fieldErrors: {}, values, saved: true };
}

export async function createAccountAction(_prev: NewAccountState, formData: FormData): Promise<NewAccountState> {
  const { raw, formError } = formDataToObject(formData);
  // The password is never sent back to the browser.
  const values = { email: text(raw.email), name: text(raw.name), role: text(raw.role), password: "" };
  if (formError) return { fieldErrors: {}, formError, values };
  const parsed = newAccountSchema.safeParse({ ...values, password: text(raw.password) });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
  const access = await requireRole("admin", "creating an account");
  if (!access.ok) return refused(access, values);
  try {
    await createAccount(parsed.data, { actorId: access.user.id });
  } catch (error) {
    return failure(error, values, "createAccountAction");
  }
  revalidatePath("/admin/users");
  return { fieldErrors: {}, values: { email: "", name: "", role: "viewer", password: "" }, created: parsed.data.email };
}

export async function liftSignInLockAction(userId: string): Promise<LiftLockState> {
  const values = {};
  const access = await requireRole("admin", "lifting a sign-in lock");
  if (!access.ok) return refused(access, values);
  try {
    await liftSignInLock({ id: userId }, { actorId: access.user.id });
  } catch (error) {
    return failure(error, values, "liftSignInLockAction");
  }
  revalidatePath("/admin/users");
  return { fieldErrors: {}, values, lifted: true };
}
