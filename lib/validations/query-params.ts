import { z } from "zod";

// Building blocks for the filters in a query string. A parameter given twice, or
// holding a NUL character (which PostgreSQL cannot compare), is an error to show.

export function oneParam(label: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v, ctx) => {
      if (Array.isArray(v)) {
        ctx.addIssue({ code: "custom", message: `Give ${label} once` });
        return z.NEVER;
      }
      const trimmed = v?.trim() ?? "";
      if (trimmed.includes("\u0000")) {
        ctx.addIssue({ code: "custom", message: `Remove the invisible NUL character from ${label}` });
        return z.NEVER;
      }
      return trimmed === "" ? undefined : trimmed;
    });
}

export function pageParam() {
  return oneParam("page").transform((v, ctx) => {
    if (v === undefined) return 1;
    if (!/^\d{1,6}$/.test(v) || Number(v) < 1) {
      ctx.addIssue({ code: "custom", message: "The page must be a whole number from 1" });
      return z.NEVER;
    }
    return Number(v);
  });
}

export function flagParam(name: string) {
  return oneParam(name).pipe(z.enum(["1", "0"], { error: `${name} must be 1 or 0` }).optional());
}
