import { z } from "zod";
import { oneParam } from "@/lib/validations/query-params";

// ?sort=<column>&dir=asc|desc on a table sorted through links in its headers
// (/provinces, /protests). An unknown value is shown to the person (the table then
// keeps its default order), never silently ignored.

type SearchParams = Record<string, string | string[] | undefined>;

export type SortDirection = "asc" | "desc";
export type TableSort<C extends string> = { column: C; dir: SortDirection };

export type SortableTable<C extends string> = {
  columns: readonly [C, ...C[]];
  defaultSort: TableSort<C>;
  /** The direction a first click on a column gives: the order it most likely wants. */
  defaultDirection: (column: C) => SortDirection;
};

export type TableSortResult<C extends string> = { ok: true; sort: TableSort<C> } | { ok: false; errors: string[]; sort: TableSort<C> };

export function parseTableSort<C extends string>(table: SortableTable<C>, params: SearchParams): TableSortResult<C> {
  const schema = z.object({
    sort: oneParam("sort").pipe(
      z.enum(table.columns, { error: `Unknown sort column: use one of ${table.columns.join(", ")}` }).optional(),
    ),
    dir: oneParam("dir").pipe(z.enum(["asc", "desc"], { error: "Unknown direction: use asc or desc" }).optional()),
  });
  const parsed = schema.safeParse({ sort: params.sort, dir: params.dir });
  if (!parsed.success) {
    return { ok: false, sort: table.defaultSort, errors: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) };
  }
  const column = (parsed.data.sort as C | undefined) ?? table.defaultSort.column;
  return { ok: true, sort: { column, dir: parsed.data.dir ?? table.defaultDirection(column) } };
}

/** The order a column header links to: the other direction when it is already the sorted column. */
export function nextSort<C extends string>(table: SortableTable<C>, current: TableSort<C>, column: C): TableSort<C> {
  if (current.column !== column) return { column, dir: table.defaultDirection(column) };
  return { column, dir: current.dir === "asc" ? "desc" : "asc" };
}
