"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { FormAlert } from "@/components/forms/form-alert";
import { secondaryButtonClass } from "@/components/ui/styles";

type State = FormState<Record<string, never>>;

type Props = {
  action: (state: State) => Promise<State>;
  label: string;
  explanation: string;
};

/** One button that archives or restores a record; the refusal, if any, is announced. */
export function ArchiveForm({ action, label, explanation }: Props) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {}, values: {} });
  return (
    <form action={formAction} className="space-y-2">
      <FormAlert show={Boolean(state.formError)} message={state.formError} />
      <p className="text-sm text-slate-700">{explanation}</p>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {pending ? "Saving…" : label}
      </button>
    </form>
  );
}
