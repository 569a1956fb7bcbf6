import { FIX_FIELDS } from "@/lib/actions/form-state";
import type { FieldConflict } from "@/lib/data/errors";

type Props = { show: boolean; message?: string; conflicts?: FieldConflict[] };

/** The form-level message, announced as soon as it appears; after an edit conflict, what differs. */
export function FormAlert({ show, message, conflicts }: Props) {
  return (
    <div role="alert" aria-live="assertive">
      {show ? (
        <div className="space-y-2 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-medium">{message ?? FIX_FIELDS}</p>
          {conflicts?.length ? (
            <table className="w-full text-left text-sm">
              <caption className="text-left font-medium">What differs now: saved by them, and in your form</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3">Field</th>
                  <th scope="col" className="pr-3">Theirs (saved)</th>
                  <th scope="col">Yours (not saved)</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((c) => (
                  <tr key={c.field} className="align-top">
                    <th scope="row" className="pr-3 font-medium">{c.field}</th>
                    <td className="pr-3">{c.theirs}</td>
                    <td>{c.yours}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
