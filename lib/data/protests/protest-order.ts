import type { Prisma } from "@/generated/prisma/client";
import type { ProtestSort } from "@/lib/validations/protest-sort";

/**
 * The ORDER BY of /protests: steps without the date last in either direction
 * (a draft has no sent date, many steps no due date), ties broken by id so pages
 * never overlap. Its SQL twin is in protestsCopySql; protest-list.test.ts keeps them in step.
 */
export function protestOrderBy(sort: ProtestSort): Prisma.ProtestOrderByWithRelationInput[] {
  const { dir } = sort;
  const first: Prisma.ProtestOrderByWithRelationInput =
    sort.column === "status"
      ? { status: dir }
      : { [sort.column === "sent_on" ? "sentOn" : "responseDueOn"]: { sort: dir, nulls: "last" } };
  return [first, { id: dir }];
}
