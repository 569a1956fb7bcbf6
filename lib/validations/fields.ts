import { z } from "zod";
import { EARLIEST_DATE, isCalendarDate, latestToday } from "@/lib/validations/dates";

// Building blocks for form schemas. Every input is a string (or missing), as it
// arrives from an HTML form or FormData; the output is the typed value.

// PostgreSQL text cannot hold the NUL character: refuse it here with a message,
// rather than let the database fail the whole save.
const raw = z
  .string({ error: "Enter text" })
  .optional()
  .transform((v) => v?.trim() ?? "")
  .refine((v) => !v.includes("\u0000"), "Remove the invisible NUL character from this text");

export function requiredText(max: number, missing: string) {
  return raw.pipe(
    z.string().min(1, missing).max(max, `Shorten this to at most ${max.toLocaleString("en")} characters`),
  );
}

export function optionalText(max: number) {
  return raw
    .pipe(z.string().max(max, `Shorten this to at most ${max.toLocaleString("en")} characters`))
    .transform((v) => (v === "" ? null : v));
}

export function requiredChoice<T extends Record<string, string>>(values: T, missing: string) {
  return raw.pipe(z.enum(values, { error: missing }));
}

export function optionalChoice<T extends Record<string, string>>(values: T, unknown: string) {
  return raw
    .pipe(z.union([z.literal(""), z.enum(values)], { error: unknown }))
    .transform((v) => (v === "" ? null : v));
}

type DateRule = { label: string; required: boolean };

function checkDate(value: string, ctx: z.RefinementCtx, { label }: DateRule) {
  if (!isCalendarDate(value)) {
    ctx.addIssue({ code: "custom", message: `Enter the ${label} as YYYY-MM-DD, e.g. 2025-07-16` });
  } else if (value < EARLIEST_DATE) {
    ctx.addIssue({ code: "custom", message: `The ${label} cannot be before 1970` });
  } else if (value > latestToday()) {
    ctx.addIssue({ code: "custom", message: `The ${label} cannot be in the future` });
  }
}

export function requiredPastDate(label: string) {
  return raw.superRefine((value, ctx) => {
    if (value === "") ctx.addIssue({ code: "custom", message: `Enter the ${label}` });
    else checkDate(value, ctx, { label, required: true });
  });
}

export function optionalPastDate(label: string) {
  return raw
    .superRefine((value, ctx) => {
      if (value !== "") checkDate(value, ctx, { label, required: false });
    })
    .transform((v) => (v === "" ? null : v));
}

/** A decimal number within [min, max], or null when left empty. */
export function optionalNumber(label: string, min: number, max: number, example: string) {
  return raw.transform((value, ctx) => {
    if (value === "") return null;
    const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label} as a decimal number, e.g. ${example}` });
      return z.NEVER;
    }
    if (n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `The ${label} must be between ${min} and ${max}` });
      return z.NEVER;
    }
    return n;
  });
}

export function optionalWholeNumber(label: string, min: number, max: number) {
  return raw.transform((value, ctx) => {
    if (value === "") return null;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      ctx.addIssue({ code: "custom", message: `The ${label} must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return Number(value);
  });
}
