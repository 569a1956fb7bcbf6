import Link from "next/link";
import type { SortDirection } from "@/lib/validations/table-sort";

/**
 * A column header that sorts its table through a link, so sorting works without
 * JavaScript; aria-sort tells a screen reader which column orders the rows.
 */
export function SortHeader({
  label,
  href,
  sorted,
  className,
}: {
  label: string;
  href: string;
  /** The direction when this column orders the table; undefined when another one does. */
  sorted: SortDirection | undefined;
  className: string;
}) {
  return (
    <th scope="col" aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <Link href={href} className="text-blue-800 underline underline-offset-2">
        {label}
        <span aria-hidden="true">{sorted ? (sorted === "asc" ? " ▲" : " ▼") : ""}</span>
      </Link>
    </th>
  );
}
