"use client";

import { useActionState } from "react";
import type { RoleChangeState } from "@/lib/actions/account-actions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { inputClass, secondaryButtonClass } from "@/components/ui/styles";

type Props = {
  action: (state: RoleChangeState, formData: FormData) => Promise<RoleChangeState>;
  email: string;
  role: Role;
};

/** The role of one account, changed in place; a refusal is announced next to it. */
export function RoleForm({ action, email, role }: Props) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {}, values: { role } });
  const id = `role-${email}`;
  const messageId = `${id}-message`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Role of {email}
      </label>
      <select id={id} name="role" defaultValue={role} className={`${inputClass} w-auto`} aria-describedby={messageId}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {pending ? "Saving…" : "Change role"}
      </button>
      <p id={messageId} role="status" className="text-sm">
        {state.formError ? <span className="font-medium text-red-800">{state.fieldErrors.role ?? state.formError}</span> : null}
        {state.saved ? <span className="text-green-800">Saved.</span> : null}
      </p>
    </form>
  );
}
