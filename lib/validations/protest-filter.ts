import { z } from "zod";
import { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { isCalendarDate } from "@/lib/validations/dates";
import { flagParam, oneParam, pageParam } from "@/lib/validations/query-params";

// The filters of /protests. As for incidents, an unknown value is an error shown
// to the person, never a silent empty list.

type SearchParams = Record<string, string | string[] | undefined>;

const schema = z
  .object({
    status: oneParam("status").pipe(z.enum(ProtestStatus, { error: `Unknown status: use one of ${Object.values(ProtestStatus).join(", ")}` }).optional()),
    kind: oneParam("kind").pipe(z.enum(ProtestKind, { error: `Unknown kind: use one of ${Object.values(ProtestKind).join(", ")}` }).optional()),
    from: oneParam("from").refine((v) => v === undefined || isCalendarDate(v), "The from date must be YYYY-MM-DD"),
    to: oneParam("to").refine((v) => v === undefined || isCalendarDate(v), "The to date must be YYYY-MM-DD"),
    overdue: flagParam("overdue"),
    archived: flagParam("archived"),
    page: pageParam(),
  })
  .refine((f) => !(f.from && f.to && f.from > f.to), { path: ["to"], message: "The end date is before the start date" })
  .transform(({ overdue, archived, ...f }) => ({ ...f, overdue: overdue === "1", includeArchived: archived === "1" }));

export type ProtestFilter = {
  status?: ProtestStatus;
  kind?: ProtestKind;
  from?: string;
  to?: string;
  overdue: boolean;
  /** Archived steps are left out unless asked for (?archived=1), as archived incidents are. */
  includeArchived: boolean;
  page: number;
};

export function parseProtestFilter(params: SearchParams): { ok: true; filter: ProtestFilter } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true, filter: parsed.data satisfies ProtestFilter };
  return { ok: false, errors: parsed.error.issues.map((i) => `${String(i.path[0] ?? "filter")}: ${i.message}`) };
}
