import { z } from "zod";
import { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { isCalendarDate } from "@/lib/validations/dates";

// The filters of /protests. As for incidents, an unknown value is an error shown
// to the person, never a silent empty list.

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

const schema = z
  .object({
    status: one("status").pipe(z.enum(ProtestStatus, { error: `Unknown status: use one of ${Object.values(ProtestStatus).join(", ")}` }).optional()),
    kind: one("kind").pipe(z.enum(ProtestKind, { error: `Unknown kind: use one of ${Object.values(ProtestKind).join(", ")}` }).optional()),
    from: one("from").refine((v) => v === undefined || isCalendarDate(v), "The from date must be YYYY-MM-DD"),
    to: one("to").refine((v) => v === undefined || isCalendarDate(v), "The to date must be YYYY-MM-DD"),
    overdue: one("overdue").pipe(z.enum(["1", "0"], { error: "overdue must be 1 or 0" }).optional()),
    page: one("page").transform((v, ctx) => {
      if (v === undefined) return 1;
      if (!/^\d{1,6}$/.test(v) || Number(v) < 1) {
        ctx.addIssue({ code: "custom", message: "The page must be a whole number from 1" });
        return z.NEVER;
      }
      return Number(v);
    }),
  })
  .refine((f) => !(f.from && f.to && f.from > f.to), { path: ["to"], message: "The end date is before the start date" })
  .transform(({ overdue, ...f }) => ({ ...f, overdue: overdue === "1" }));

export type ProtestFilter = {
  status?: ProtestStatus;
  kind?: ProtestKind;
  from?: string;
  to?: string;
  overdue: boolean;
  page: number;
};

export function parseProtestFilter(params: SearchParams): { ok: true; filter: ProtestFilter } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true, filter: parsed.data satisfies ProtestFilter };
  return { ok: false, errors: parsed.error.issues.map((i) => `${String(i.path[0] ?? "filter")}: ${i.message}`) };
}
