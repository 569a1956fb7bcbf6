import Link from "next/link";
import { UnappliedAlert } from "@/components/ui/filter-errors";
import { linkClass } from "@/components/ui/styles";

/** An order from the address that cannot be applied: what is wrong, and that the table shows its default order. */
export function SortErrors({ errors, defaultOrder, clearHref }: { errors: string[]; defaultOrder: string; clearHref: string }) {
  return (
    <UnappliedAlert title="This order cannot be applied:" errors={errors}>
      The table below is in its default order, {defaultOrder}.{" "}
      <Link href={clearHref} className={linkClass}>
        Clear the sort
      </Link>
      .
    </UnappliedAlert>
  );
}
