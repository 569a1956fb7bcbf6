"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { getAuth } from "@/lib/auth/auth";
import { clientAddressOf } from "@/lib/http/client-address";
import { signInWithPassword, type SignInResult } from "@/lib/auth/sign-in-with-password";
import { FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import { safeNextPath, signInSchema, type SignInValues } from "@/lib/validations/sign-in";

export type SignInState = FormState<SignInValues>;

const SIGN_IN_FAILED = "You are not signed in: the registry could not reach its database. Try again in a minute.";

const minutes = (seconds: number) => (seconds <= 60 ? "1 minute" : `${Math.ceil(seconds / 60)} minutes`);

function refusalOf(result: Exclude<SignInResult, { ok: true }>): string {
  switch (result.reason) {
    case "invalid":
      return "That email and password do not match an account. Check both and try again; an administrator can reset a forgotten password.";
    case "rate_limited":
      return `Too many sign-in attempts from this address. Wait ${result.retryAfterSeconds} seconds, then try again.`;
    case "locked":
      return `Too many wrong passwords for this account. Wait ${minutes(result.retryAfterSeconds)}, then try again, or ask an administrator to lift the lock.`;
  }
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const { raw, formError } = formDataToObject(formData);
  // The password is never sent back to the browser.
  const values = { email: typeof raw.email === "string" ? raw.email : "", password: "" };
  if (formError) return { fieldErrors: {}, formError, values };
  const parsed = signInSchema.safeParse({ email: raw.email, password: raw.password });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };

  const clientAddress = clientAddressOf(await headers());
  let result;
  try {
    result = await signInWithPassword(parsed.data.email, parsed.data.password, clientAddress);
  } catch (error) {
    console.error("signInAction failed", error);
    return { fieldErrors: {}, formError: SIGN_IN_FAILED, values };
  }
  if (!result.ok) return { fieldErrors: {}, formError: refusalOf(result), values };
  const jar = await cookies();
  parseSetCookieHeader(result.setCookie).forEach((cookie, name) => {
    jar.set(name, cookie.value, toCookieOptions(cookie));
  });
  redirect(safeNextPath(raw.next));
}

export async function signOutAction(): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch (error) {
    // An expired or unknown session is signed out already.
    console.error("signOutAction: the session could not be revoked", error);
  }
  redirect("/sign-in");
}
