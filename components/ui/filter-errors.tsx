import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

/** Filters that cannot be applied are said so, never turned into an empty list. */
export function FilterErrors({ errors, clearHref }: { errors: string[]; clearHref: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-4">
      <p className="font-semibold text-red-900">These filters cannot be applied:</p>
      <ul className="ml-5 list-disc">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <p className="mt-2">
        Correct them above, or{" "}
        <Link href={clearHref} className={linkClass}>
          clear all filters
        </Link>
        .
      </p>
    </div>
  );
}
