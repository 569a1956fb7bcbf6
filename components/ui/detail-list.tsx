import type { ReactNode } from "react";

/** One term and its value in a record's details; an empty value reads "—". */
export function DetailItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="sm:col-span-2">{children ?? "—"}</dd>
    </div>
  );
}
