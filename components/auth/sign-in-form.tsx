"use client";

import { get } from "react-hook-form";
import type { SignInState } from "@/lib/actions/session-actions";
import { signInSchema, type SignInValues } from "@/lib/validations/sign-in";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { buttonClass, inputClass } from "@/components/ui/styles";

type Props = {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  next: string;
};

export function SignInForm({ action, next }: Props) {
  const { state, formAction, pending, form, formRef, errorOf, onSubmit, showSummary } = useActionForm<SignInValues, SignInValues>({
    action,
    schema: signInSchema,
    initialValues: { email: "", password: "" },
  });
  const { register } = form;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <input type="hidden" name="next" value={next} />
      <FormAlert show={showSummary} message={state.formError} />
      <FormField id="email" label="Email" required error={errorOf("email")}>
        {(a) => (
          <input type="email" autoComplete="username" className={inputClass} {...a} {...register("email")} defaultValue={get(state.values, "email") as string} />
        )}
      </FormField>
      <FormField id="password" label="Password" required error={errorOf("password")}>
        {(a) => <input type="password" autoComplete="current-password" className={inputClass} {...a} {...register("password")} />}
      </FormField>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
