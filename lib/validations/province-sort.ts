import { z } from "zod";
import {
  DEFAULT_PROVINCE_SORT,
  PROVINCE_SORT_COLUMNS,
  defaultDirection,
  type ProvinceSort,
} from "@/lib/provinces/province-table";

// ?sort=<column>&dir=asc|desc on /provinces. An unknown value is shown to the person
// (the table then keeps its default order), never silently ignored.

type SearchParams = Record<string, string | string[] | undefined>;

const one = (label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v, ctx) => {
      if (Array.isArray(v)) {
        ctx.addIssue({ code: "custom", message: `Give ${label} once` });
        return z.NEVER;
      }
      return v?.trim() || undefined;
    });

const schema = z.object({
  sort: one("sort").pipe(
    z.enum(PROVINCE_SORT_COLUMNS, { error: `Unknown sort column: use one of ${PROVINCE_SORT_COLUMNS.join(", ")}` }).optional(),
  ),
  dir: one("dir").pipe(z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).optional()),
});

export type ProvinceSortResult = { ok: true; sort: ProvinceSort } | { ok: false; errors: string[]; sort: ProvinceSort };

export function parseProvinceSort(params: SearchParams): ProvinceSortResult {
  const parsed = schema.safeParse({ sort: params.sort, dir: params.dir });
  if (!parsed.success) {
    return {
      ok: false,
      sort: DEFAULT_PROVINCE_SORT,
      errors: parsed.error.issues.map((i) => `${String(i.path[0] ?? "sort")}: ${i.message}`),
    };
  }
  const column = parsed.data.sort ?? DEFAULT_PROVINCE_SORT.column;
  return { ok: true, sort: { column, dir: parsed.data.dir ?? defaultDirection(column) } };
}

/** The link of a column header: the other direction when it is already the sorted column. */
export function sortHref(current: ProvinceSort, column: ProvinceSort["column"]): string {
  const dir = current.column === column ? (current.dir === "asc" ? "desc" : "asc") : defaultDirection(column);
  return `/provinces?${new URLSearchParams({ sort: column, dir }).toString()}`;
}
