import Link from "next/link";
import type { ReactNode } from "react";
import { linkClass } from "@/components/ui/styles";

/** What in the address cannot be applied, one line each, then what to do next. */
export function UnappliedAlert({ title, errors, children }: { title: string; errors: string[]; children: ReactNode }) {
  return (
    <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-4">
      <p className="font-semibold text-red-900">{title}</p>
      <ul className="ml-5 list-disc">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <p className="mt-2">{children}</p>
    </div>
  );
}

/** Filters that cannot be applied are said so, never turned into an empty list. */
export function FilterErrors({ errors, clearHref }: { errors: string[]; clearHref: string }) {
  return (
    <UnappliedAlert title="These filters cannot be applied:" errors={errors}>
      Correct them above, or{" "}
      <Link href={clearHref} className={linkClass}>
        clear all filters
      </Link>
      .
    </UnappliedAlert>
  );
}
