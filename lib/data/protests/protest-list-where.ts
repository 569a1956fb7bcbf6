import type { Prisma } from "@/generated/prisma/client";
import { overdueProtestWhere } from "@/lib/data/protests/overdue-where";
import type { ProtestFilter } from "@/lib/validations/protest-filter";
import { toDateOnly } from "@/lib/validations/dates";

/**
 * The WHERE clause of the /protests filters, shared by the list and protests.csv.
 * Its SQL twin is protestsCopySql (lib/data/exports/protests-copy-sql.ts);
 * test/integration/protest-list.test.ts keeps the two in step.
 */
export function protestListWhere(filter: Omit<ProtestFilter, "page">): Prisma.ProtestWhereInput {
  const where: Prisma.ProtestWhereInput = filter.includeArchived ? {} : { archivedAt: null };
  if (filter.status) where.status = filter.status;
  if (filter.kind) where.kind = filter.kind;
  if (filter.from || filter.to) {
    where.sentOn = {
      ...(filter.from ? { gte: toDateOnly(filter.from) } : {}),
      ...(filter.to ? { lte: toDateOnly(filter.to) } : {}),
    };
  }
  if (filter.overdue) Object.assign(where, overdueProtestWhere());
  return where;
}
