"use client";

import Link from "next/link";
import { get, useWatch } from "react-hook-form";
import type { ProtestFormState } from "@/lib/actions/protest-actions";
import { COUNTRY_CHOICES } from "@/lib/geo/countries";
import { PROTEST_KIND_LABELS, optionsOf } from "@/lib/labels";
import { treatyDueDate } from "@/lib/protests/due-date";
import { BODIES } from "@/lib/protests/recipients";
import { latestToday } from "@/lib/validations/dates";
import { protestFormSchema, type ProtestFormValues, type ProtestInput } from "@/lib/validations/protest";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { IncidentPicker } from "@/components/protests/incident-picker";
import { FormField } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { buttonClass, inputClass, linkClass } from "@/components/ui/styles";

type Props = {
  action: (state: ProtestFormState, formData: FormData) => Promise<ProtestFormState>;
  initialValues: ProtestFormValues;
  submitLabel: string;
  cancelHref: string;
  submissionKey?: string;
  version?: number;
  /** New protests choose draft or sent; an existing one changes status on its own page. */
  chooseStatus: boolean;
};

export function ProtestForm({ action, initialValues, submitLabel, cancelHref, submissionKey, version, chooseStatus }: Props) {
  const { state, formAction, pending, form, formRef, errorOf, onSubmit, showSummary } = useActionForm<ProtestFormValues, ProtestInput>({
    action,
    schema: protestFormSchema,
    initialValues,
  });
  const { register, control, setValue } = form;
  const field = (name: keyof ProtestFormValues) => ({ ...register(name), defaultValue: get(state.values, name) as string });
  const kind = useWatch({ control, name: "kind" });
  const sentOn = useWatch({ control, name: "sentOn" });
  const incidents = (useWatch({ control, name: "incidents" }) ?? []) as string[];
  const fixedDue = treatyDueDate(kind ?? "", sentOn || null);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      {submissionKey ? <input type="hidden" name="submissionKey" value={submissionKey} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {chooseStatus ? null : <input type="hidden" {...register("status")} />}
      <FormAlert show={showSummary} message={state.formError} conflicts={state.conflicts} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The step</legend>
        <FormField id="kind" label="Kind" required error={errorOf("kind")} className="sm:col-span-2">
          {(a) => (
            <select className={inputClass} {...a} {...field("kind")}>
              <Options placeholder="Choose the kind of step" items={optionsOf(PROTEST_KIND_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField id="fromState" label="From" hint="The State that took this step" required error={errorOf("fromState")}>
          {(a) => (
            <select className={inputClass} {...a} {...field("fromState")}>
              <Options placeholder="Choose a State" items={COUNTRY_CHOICES} />
            </select>
          )}
        </FormField>
        <FormField id="recipient" label="To" hint="A State or a body" required error={errorOf("recipient")}>
          {(a) => (
            <select className={inputClass} {...a} {...field("recipient")}>
              <option value="">Choose a State or body</option>
              <optgroup label="Bodies">
                {Object.entries(BODIES).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="States">
                <Options items={COUNTRY_CHOICES} />
              </optgroup>
            </select>
          )}
        </FormField>
        {chooseStatus ? (
          <FormField id="status" label="Status" hint="Save as a draft until it is sent" required error={errorOf("status")}>
            {(a) => (
              <select className={inputClass} {...a} {...field("status")}>
                <option value="sent">Sent</option>
                <option value="draft">Draft</option>
              </select>
            )}
          </FormField>
        ) : null}
        <FormField id="sentOn" label="Date sent" error={errorOf("sentOn")}>
          {(a) => <input type="date" max={latestToday()} className={inputClass} {...a} {...field("sentOn")} />}
        </FormField>
        <FormField id="documentReference" label="Document reference" hint="e.g. the note verbale's number" error={errorOf("documentReference")}>
          {(a) => <input type="text" className={inputClass} {...a} {...field("documentReference")} />}
        </FormField>
        <FormField
          id="responseDueOn"
          label="Response due"
          hint={
            kind === "article_8_2_request"
              ? fixedDue
                ? `Article 8.2: due 28 days after sending, on ${fixedDue}`
                : "Article 8.2: due 28 days after the date sent"
              : "If an answer is expected by a date"
          }
          error={errorOf("responseDueOn")}
        >
          {(a) =>
            kind === "article_8_2_request" ? (
              <input type="date" className={inputClass} {...a} value={fixedDue ?? ""} readOnly aria-readonly="true" />
            ) : (
              <input type="date" className={inputClass} {...a} {...field("responseDueOn")} />
            )
          }
        </FormField>
        <FormField id="notes" label="Notes" className="sm:col-span-2" error={errorOf("notes")}>
          {(a) => <textarea rows={3} className={inputClass} {...a} {...field("notes")} />}
        </FormField>
      </fieldset>

      <IncidentPicker
        selected={incidents}
        error={errorOf("incidents")}
        onChange={(references) => setValue("incidents", references, { shouldValidate: form.formState.isSubmitted })}
      />

      <div className="flex flex-wrap items-center gap-4 border-t border-slate-300 pt-6">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <Link href={cancelHref} className={linkClass}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
