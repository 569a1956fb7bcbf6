import "server-only";
import { getPrisma } from "@/lib/db";
import { PROTEST_SUMMARY_SELECT, toProtestSummary, type ProtestSummary } from "@/lib/data/protests/protest-dto";
import { todayUtc } from "@/lib/protests/due-date";
import { protestListWhere } from "@/lib/data/protests/protest-list-where";
import { protestOrderBy } from "@/lib/data/protests/protest-order";
import type { ProtestFilter } from "@/lib/validations/protest-filter";
import type { ProtestSort } from "@/lib/validations/protest-sort";

export const PROTEST_PAGE_SIZE = 25;

export type ProtestListItem = ProtestSummary & { incidentCount: number };

export async function listProtests(filter: ProtestFilter, sort: ProtestSort) {
  const where = protestListWhere(filter);
  const db = getPrisma();
  const [total, rows] = await Promise.all([
    db.protest.count({ where }),
    db.protest.findMany({
      where,
      orderBy: protestOrderBy(sort),
      skip: (filter.page - 1) * PROTEST_PAGE_SIZE,
      take: PROTEST_PAGE_SIZE,
      select: { ...PROTEST_SUMMARY_SELECT, _count: { select: { incidents: true } } },
    }),
  ]);
  const today = todayUtc();
  return {
    total,
    page: filter.page,
    pageSize: PROTEST_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PROTEST_PAGE_SIZE)),
    items: rows.map((r): ProtestListItem => ({ ...toProtestSummary(r, today), incidentCount: r._count.incidents })),
  };
}
