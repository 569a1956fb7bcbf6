import { FIX_FIELDS } from "@/lib/actions/form-state";

/** The form-level message, announced as soon as it appears. */
export function FormAlert({ show, message }: { show: boolean; message?: string }) {
  return (
    <div role="alert" aria-live="assertive">
      {show ? (
        <p className="rounded-md border border-red-700 bg-red-50 p-3 font-medium text-red-900">{message ?? FIX_FIELDS}</p>
      ) : null}
    </div>
  );
}
