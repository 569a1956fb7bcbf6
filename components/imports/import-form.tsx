"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ImportReportView } from "@/components/imports/import-report-view";
import { buttonClass, inputClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE } from "@/lib/imports/import-limits";
import type { ImportReport } from "@/lib/imports/import-report";

type Outcome = { kind: "report"; report: ImportReport } | { kind: "message"; message: string };

const ENDPOINT = "/api/import/incidents";

/**
 * Uploads the file to the import route, first as a dry run ("Check file"), then
 * for real ("Import"), and shows the report. Without JavaScript the form still
 * posts to the same route, which then answers with the report as JSON.
 */
export function ImportForm() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ kind: "message", message: "Choose a CSV file to import." });
      return;
    }
    // Refused here already, so a person does not wait for 50 MB to upload to hear it.
    if (file.size > IMPORT_MAX_BYTES) {
      setOutcome({ kind: "message", message: IMPORT_TOO_LARGE });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const response = await fetch(ENDPOINT, { method: "POST", body: data });
      const body = (await response.json()) as ImportReport | { message: string };
      setOutcome("lines" in body ? { kind: "report", report: body } : { kind: "message", message: body.message });
    } catch {
      setOutcome({ kind: "message", message: "The registry could not be reached. Nothing was saved; try again in a moment." });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="space-y-6">
      <form
        action={ENDPOINT}
        method="post"
        encType="multipart/form-data"
        onSubmit={onSubmit}
        className="space-y-4 rounded-md border border-slate-300 bg-white p-6"
        aria-busy={pending}
      >
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-semibold">
            CSV file
          </label>
          <p id="import-file-hint" className="text-sm text-slate-700">
            An incidents export of a registry (incidents.csv), UTF-8, at most {IMPORT_MAX_BYTES / 1024 / 1024} MB.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="import-file-hint"
            className={inputClass}
            onChange={() => setOutcome(null)}
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="mode" value="check" className={secondaryButtonClass} disabled={pending}>
            Check file
          </button>
          <button type="submit" name="mode" value="import" className={buttonClass} disabled={pending}>
            Import
          </button>
        </div>
        <p className="text-sm text-slate-700">
          “Check file” changes nothing. “Import” saves every incident of the file or, if any line has a problem, none.
        </p>
      </form>

      <div aria-live="polite">
        {pending ? <p role="status">Reading the file…</p> : null}
        {outcome?.kind === "message" ? (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-4 text-red-900">
            {outcome.message}
          </p>
        ) : null}
        {outcome?.kind === "report" ? <ImportReportView report={outcome.report} /> : null}
        {outcome?.kind === "report" && outcome.report.written ? (
          <p className="mt-4">
            <Link href="/incidents" className={linkClass}>
              See the incidents
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
