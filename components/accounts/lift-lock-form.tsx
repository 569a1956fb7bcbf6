"use client";

import { useActionState } from "react";
import type { LiftLockState } from "@/lib/actions/account-actions";
import { secondaryButtonClass } from "@/components/ui/styles";

type Props = {
  action: (state: LiftLockState, formData: FormData) => Promise<LiftLockState>;
  email: string;
  /** ISO timestamp. */
  lockedUntil: string;
};

/** An account locked after wrong passwords, and the button that lets it sign in again at once. */
export function LiftLockForm({ action, email, lockedUntil }: Props) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {}, values: {} });
  const messageId = `lock-${email}-message`;
  if (state.lifted) return <p role="status" className="text-sm text-green-800">Lock lifted.</p>;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <span>Locked until {lockedUntil.slice(0, 16).replace("T", " ")} UTC</span>
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Lift the sign-in lock of ${email}`} aria-describedby={messageId}>
        {pending ? "Lifting…" : "Lift lock"}
      </button>
      <p id={messageId} role="status" className="text-sm font-medium text-red-800">
        {state.formError}
      </p>
    </form>
  );
}
