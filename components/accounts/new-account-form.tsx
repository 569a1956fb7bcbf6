"use client";

import { useActionState } from "react";
import type { NewAccountState } from "@/lib/actions/account-actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { ROLE_DUTIES, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { FormAlert } from "@/components/forms/form-alert";
import { FormField } from "@/components/ui/form-field";
import { buttonClass, inputClass } from "@/components/ui/styles";

type Props = { action: (state: NewAccountState, formData: FormData) => Promise<NewAccountState> };

/** An administrator creates an account and tells its owner the password by a channel of their own. */
export function NewAccountForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, {
    fieldErrors: {},
    values: { email: "", name: "", role: "viewer", password: "" },
  });
  const error = (name: string) => state.fieldErrors[name];
  return (
    <form action={formAction} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2" key={state.created ?? "new"}>
      <div className="sm:col-span-2">
        <FormAlert show={Boolean(state.formError)} message={state.formError} />
        <p role="status" className="text-green-800">
          {state.created ? `Account ${state.created} created.` : ""}
        </p>
      </div>
      <FormField id="new-email" label="Email" required error={error("email")}>
        {(a) => <input type="email" name="email" autoComplete="off" defaultValue={state.values.email} className={inputClass} {...a} />}
      </FormField>
      <FormField id="new-name" label="Name" required error={error("name")}>
        {(a) => <input name="name" autoComplete="off" defaultValue={state.values.name} className={inputClass} {...a} />}
      </FormField>
      <FormField id="new-role" label="Role" required error={error("role")}>
        {(a) => (
          <select name="role" defaultValue={state.values.role || "viewer"} className={inputClass} {...a}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}: {ROLE_DUTIES[r]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="new-password" label="Password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters`} error={error("password")}>
        {(a) => <input type="password" name="password" autoComplete="new-password" className={inputClass} {...a} />}
      </FormField>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
