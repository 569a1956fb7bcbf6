import { z } from "zod";
import { DeviceType, Emplacement, Verification } from "@/generated/prisma/enums";
import { findCountry, findProvince } from "@/lib/geo/gazetteer";
import {
  DEFAULT_INCIDENT_SORT,
  INCIDENT_SORT_COLUMNS,
  defaultIncidentDirection,
  isDefaultIncidentSort,
  type IncidentSort,
} from "@/lib/incidents/incident-sort";
import { INCIDENT_PROTEST_STATUSES, type IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import { isCalendarDate } from "@/lib/validations/dates";
import { flagParam, oneParam, pageParam } from "@/lib/validations/query-params";

// The filters of /incidents, shared by every list and export. An unknown value is
// an error the page shows (and an export answers 400), never a silent empty result.

type SearchParams = Record<string, string | string[] | undefined>;

const choice = <T extends Record<string, string>>(values: T, label: string) =>
  oneParam(label).pipe(
    z.enum(values, { error: `Unknown ${label}: use one of ${Object.values(values).join(", ")}` }).optional(),
  );

const date = (label: string) =>
  oneParam(label).refine((v) => v === undefined || isCalendarDate(v), `The ${label} date must be YYYY-MM-DD`);

export const incidentFilterSchema = z
  .object({
    q: oneParam("the search text").pipe(z.string().max(200, "Shorten the search text to 200 characters").optional()),
    country: oneParam("country")
      .transform((v) => v?.toUpperCase())
      .refine((v) => v === undefined || findCountry(v) !== undefined, "Unknown country code"),
    province: oneParam("province")
      .transform((v) => v?.toUpperCase())
      .refine((v) => v === undefined || findProvince(v) !== undefined, "Unknown province code"),
    from: date("from"),
    to: date("to"),
    device_type: choice(DeviceType, "device type"),
    emplacement: choice(Emplacement, "emplacement"),
    verification: choice(Verification, "verification status"),
    protest_status: oneParam("protest status").pipe(
      z
        .enum(INCIDENT_PROTEST_STATUSES, { error: `Unknown protest status: use one of ${INCIDENT_PROTEST_STATUSES.join(", ")}` })
        .optional(),
    ),
    overdue: flagParam("overdue"),
    archived: flagParam("archived"),
    page: pageParam(),
    sort: oneParam("sort").pipe(
      z.enum(INCIDENT_SORT_COLUMNS, { error: `Unknown sort column: use one of ${INCIDENT_SORT_COLUMNS.join(", ")}` }).optional(),
    ),
    dir: oneParam("dir").pipe(z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).optional()),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.from > f.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
    }
    const province = f.province ? findProvince(f.province) : undefined;
    if (f.country && province && province.countryCode !== f.country) {
      ctx.addIssue({ code: "custom", path: ["province"], message: "That province is not in the chosen country" });
    }
  })
  .transform(({ archived, overdue, sort, dir, ...f }) => {
    const column = sort ?? DEFAULT_INCIDENT_SORT.column;
    const order: IncidentSort = { column, dir: dir ?? defaultIncidentDirection(column) };
    return { ...f, overdue: overdue === "1", includeArchived: archived === "1", sort: order };
  });

export type IncidentFilter = {
  q?: string;
  country?: string;
  province?: string;
  from?: string;
  to?: string;
  device_type?: DeviceType;
  emplacement?: Emplacement;
  verification?: Verification;
  protest_status?: IncidentProtestStatus;
  overdue?: boolean;
  includeArchived: boolean;
  page: number;
  /** The list's and the export's order; newest first when absent. */
  sort?: IncidentSort;
};

export type FilterResult =
  | { ok: true; filter: IncidentFilter }
  | { ok: false; errors: string[] };

export function parseIncidentFilter(params: SearchParams): FilterResult {
  const parsed = incidentFilterSchema.safeParse(params);
  if (parsed.success) return { ok: true, filter: parsed.data satisfies IncidentFilter };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const key = issue.path[0];
      return key === undefined ? issue.message : `${String(key)}: ${issue.message}`;
    }),
  };
}

/** The query string of a filter, for links that keep the current view. */
export function filterToSearchParams(filter: Partial<IncidentFilter>): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ["q", filter.q],
    ["country", filter.country],
    ["province", filter.province],
    ["from", filter.from],
    ["to", filter.to],
    ["device_type", filter.device_type],
    ["emplacement", filter.emplacement],
    ["verification", filter.verification],
    ["protest_status", filter.protest_status],
    ["overdue", filter.overdue ? "1" : undefined],
    ["archived", filter.includeArchived ? "1" : undefined],
    ["page", filter.page && filter.page > 1 ? filter.page : undefined],
    ["sort", filter.sort && !isDefaultIncidentSort(filter.sort) ? filter.sort.column : undefined],
    ["dir", filter.sort && !isDefaultIncidentSort(filter.sort) ? filter.sort.dir : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== "") params.set(key, String(value));
  return params;
}
