"use client";

import { get, useWatch } from "react-hook-form";
import type { ProtestStatus } from "@/generated/prisma/enums";
import type { StatusChangeState } from "@/lib/actions/protest-actions";
import { PROTEST_STATUS_LABELS } from "@/lib/labels";
import { earlierStatuses, laterStatuses } from "@/lib/protests/status-rules";
import { latestToday } from "@/lib/validations/dates";
import { statusChangeSchema, type StatusChangeInput, type StatusChangeValues } from "@/lib/validations/protest";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { buttonClass, inputClass } from "@/components/ui/styles";

type Props = {
  action: (state: StatusChangeState, formData: FormData) => Promise<StatusChangeState>;
  current: ProtestStatus;
  version: number;
  today: string;
};

/** Advance a protest (or reopen it, with a note) and record the response when it comes. */
export function StatusChangeForm({ action, current, version, today }: Props) {
  const next = laterStatuses(current);
  const initialValues: StatusChangeValues = {
    toStatus: next[0] ?? "",
    changedOn: today,
    note: "",
    responseReceivedOn: "",
    responseSummary: "",
  };
  const { state, formAction, pending, hydrated, form, formRef, errorOf, onSubmit, showSummary } = useActionForm<
    StatusChangeValues,
    StatusChangeInput
  >({ action, schema: statusChangeSchema, initialValues });
  const { register, control } = form;
  const field = (name: keyof StatusChangeValues) => ({ ...register(name), defaultValue: get(state.values, name) as string });
  const toStatus = useWatch({ control, name: "toStatus" });
  const showResponse = !hydrated || toStatus === "response_received";

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="version" value={version} />
      <FormAlert show={showSummary} message={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="toStatus" label="New status" required error={errorOf("toStatus")}>
          {(a) => (
            <select className={inputClass} {...a} {...field("toStatus")}>
              {next.map((s) => (
                <option key={s} value={s}>
                  {PROTEST_STATUS_LABELS[s]}
                </option>
              ))}
              {earlierStatuses(current).map((s) => (
                <option key={s} value={s}>
                  Reopen: back to {PROTEST_STATUS_LABELS[s].toLowerCase()} (needs a note)
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="changedOn" label="Date of the change" error={errorOf("changedOn")}>
          {(a) => <input type="date" max={latestToday()} className={inputClass} {...a} {...field("changedOn")} />}
        </FormField>
        {showResponse ? (
          <>
            <FormField id="responseReceivedOn" label="Response received on" hint="When recording a response" error={errorOf("responseReceivedOn")}>
              {(a) => <input type="date" max={latestToday()} className={inputClass} {...a} {...field("responseReceivedOn")} />}
            </FormField>
            <FormField id="responseSummary" label="Response summary" hint="When recording a response" className="sm:col-span-2" error={errorOf("responseSummary")}>
              {(a) => <textarea rows={3} className={inputClass} {...a} {...field("responseSummary")} />}
            </FormField>
          </>
        ) : null}
        <FormField id="note" label="Note" hint="Required when reopening" className="sm:col-span-2" error={errorOf("note")}>
          {(a) => <textarea rows={2} className={inputClass} {...a} {...field("note")} />}
        </FormField>
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Change status"}
      </button>
    </form>
  );
}
