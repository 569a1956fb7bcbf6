"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef, useSyncExternalStore, type FormEvent } from "react";
import { get, useForm, type FieldPath, type FieldValues, type Resolver } from "react-hook-form";
import type { FormState } from "@/lib/actions/form-state";

type Options<V extends FieldValues> = {
  action: (state: FormState<V>, formData: FormData) => Promise<FormState<V>>;
  schema: Parameters<typeof zodResolver>[0];
  initialValues: V;
};

const noSubscription = () => () => {};

/**
 * A form validated in the browser with a zod schema (react-hook-form), whose valid
 * data is then posted as FormData to a Server Action that validates it again.
 * `<form action={formAction}>` keeps it working without JavaScript; the server's
 * field errors come back through setError (or straight from state before hydration).
 */
export function useActionForm<V extends FieldValues, Output>({ action, schema, initialValues }: Options<V>) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {}, values: initialValues });
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const form = useForm<V, unknown, Output>({
    resolver: zodResolver(schema) as unknown as Resolver<V, unknown, Output>,
    defaultValues: state.values as never,
    mode: "onTouched",
  });
  const { formState, setError } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const submitting = useRef(false);

  useEffect(() => {
    Object.entries(state.fieldErrors).forEach(([name, message], i) => {
      setError(name as FieldPath<V>, { type: "server", message }, { shouldFocus: i === 0 });
    });
  }, [state, setError]);

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
      .handleSubmit(() => {
        const element = formRef.current;
        if (element) startTransition(() => formAction(new FormData(element)));
      })()
      .finally(() => {
        submitting.current = false;
      });
  };

  const hasErrors = Object.keys(formState.errors).length > 0 || (!hydrated && Object.keys(state.fieldErrors).length > 0);
  const showSummary = Boolean(state.formError) || (hasErrors && (formState.isSubmitted || !hydrated));

  return { state, formAction, pending, hydrated, form, formRef, errorOf, onSubmit, showSummary };
}
