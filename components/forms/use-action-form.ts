"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { get, useForm, type FieldErrors, type FieldPath, type FieldValues, type Resolver } from "react-hook-form";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_TOO_LARGE, formDataBytes } from "@/lib/http/body-limits";

type Options<V extends FieldValues> = {
  action: (state: FormState<V>, formData: FormData) => Promise<FormState<V>>;
  schema: Parameters<typeof zodResolver>[0];
  initialValues: V;
};

const noSubscription = () => () => {};

// react-hook-form focuses the field in error that registered first, which need not be
// the first on screen (the incident form registers Country before Date): a keyboard
// or screen-reader user is taken to the first one in reading order instead.
function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors): void {
  const first = [...(form?.elements ?? [])].find(
    (el): el is HTMLElement => el instanceof HTMLElement && "name" in el && typeof el.name === "string" && get(errors, el.name) !== undefined,
  );
  first?.focus();
}

// zod compiles its object parsers with `new Function` where it can. The registry's
// Content-Security-Policy forbids eval, so in the browser zod's probe for it would
// be reported as a violation on every form: parse without compiling instead.
z.config({ jitless: true });

/**
 * A form validated in the browser with a zod schema (react-hook-form), whose valid
 * data is then posted as FormData to a Server Action that validates it again.
 * `<form action={formAction}>` keeps it working without JavaScript; the server's
 * field errors come back through setError (or straight from state before hydration).
 */
export function useActionForm<V extends FieldValues, Output>({ action, schema, initialValues }: Options<V>) {
  const [actionState, formAction, pending] = useActionState(action, { fieldErrors: {}, values: initialValues });
  // A post the server would refuse unread is stopped here, so the values stay in the form.
  const [tooLarge, setTooLarge] = useState(false);
  const state = tooLarge ? { ...actionState, formError: ACTION_BODY_TOO_LARGE } : actionState;
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const form = useForm<V, unknown, Output>({
    resolver: zodResolver(schema) as unknown as Resolver<V, unknown, Output>,
    defaultValues: state.values as never,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const { formState, setError } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const submitting = useRef(false);

  useEffect(() => {
    Object.entries(actionState.fieldErrors).forEach(([name, message], i) => {
      setError(name as FieldPath<V>, { type: "server", message }, { shouldFocus: i === 0 });
    });
  }, [actionState, setError]);

  const errorOf = (name: string): string | undefined => {
    const error = get(formState.errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
    const message = error?.message ?? error?.root?.message;
    if (typeof message === "string" && message) return message;
    return hydrated ? undefined : state.fieldErrors[name];
  };

  // A double click must not post twice: the guard holds from the click until the
  // transition starts, then `pending` takes over.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current || pending) return;
    submitting.current = true;
    void form
      .handleSubmit(
        () => {
          const element = formRef.current;
          if (!element) return;
          const data = new FormData(element);
          const oversized = formDataBytes(data) > ACTION_BODY_LIMIT_BYTES;
          setTooLarge(oversized);
          if (!oversized) startTransition(() => formAction(data));
        },
        (errors) => focusFirstError(formRef.current, errors),
      )()
      .finally(() => {
        submitting.current = false;
      });
  };

  const hasErrors = Object.keys(formState.errors).length > 0 || (!hydrated && Object.keys(state.fieldErrors).length > 0);
  const showSummary = Boolean(state.formError) || (hasErrors && (formState.isSubmitted || !hydrated));

  return { state, formAction, pending, hydrated, form, formRef, errorOf, onSubmit, showSummary };
}
