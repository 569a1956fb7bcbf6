import { DATABASE_DOWN, FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import type { Refused } from "@/lib/auth/require-role";
import { ConflictError, NotFoundError, RuleError } from "@/lib/data/errors";

/** Expected failures become messages; anything else is logged and reported generically. */
export function failure<V>(error: unknown, values: V, where: string): FormState<V> {
  if (error instanceof RuleError && error.field) return { fieldErrors: { [error.field]: error.message }, formError: FIX_FIELDS, values };
  if (error instanceof ConflictError) return { fieldErrors: {}, formError: error.message, conflicts: error.conflicts, values };
  if (error instanceof RuleError || error instanceof NotFoundError) return { fieldErrors: {}, formError: error.message, values };
  console.error(`${where} failed`, error);
  return { fieldErrors: {}, formError: DATABASE_DOWN, values };
}

/** A write refused for want of a session or a role: the form keeps what was typed. */
export function refused<V>(refusal: Refused, values: V): FormState<V> {
  return { fieldErrors: {}, formError: refusal.message, values };
}
