import type { z } from "zod";

// FormData field names follow react-hook-form paths ("casualties.0.age"), so the
// browser form and a plain HTML post produce the same nested object.

type Tree = { [key: string]: Tree | string };

const MAX_INDEX = 999;
// The deepest field of any form is three levels ("casualties.0.age"); a deeper name
// is refused before it is nested, as thousands of levels would overflow the stack.
const MAX_DEPTH = 8;

export const FIELD_NAME_TOO_DEEP =
  "Nothing was saved: the form sent a field name nested more deeply than any field of this form. Reload the page and enter your changes again.";

/** The posted fields as one nested object, and why the form is refused when a field name is too deep. */
export type PostedForm = { raw: Record<string, unknown>; formError?: string };

export function formDataToObject(formData: FormData): PostedForm {
  const root: Tree = {};
  let formError: string | undefined;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue; // files and Next.js internals
    const path = name.split(".", MAX_DEPTH + 1);
    if (path.length > MAX_DEPTH) {
      formError = FIELD_NAME_TOO_DEEP;
      continue;
    }
    if (path.some((part) => part === "" || part === "__proto__" || part === "constructor" || part === "prototype")) {
      continue;
    }
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next !== "object") node[part] = {};
      node = node[part] as Tree;
    });
  }
  const raw = toArrays(root) as Record<string, unknown>;
  return formError ? { raw, formError } : { raw };
}

// Objects whose keys are all indexes become arrays in index order, without holes
// (a removed row leaves a gap in the numbering).
function toArrays(node: Tree | string): unknown {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  const converted = Object.fromEntries(keys.map((k) => [k, toArrays(node[k] as Tree | string)]));
  if (keys.length > 0 && keys.every((k) => /^\d{1,3}$/.test(k) && Number(k) <= MAX_INDEX)) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k]);
  }
  return converted;
}

/** Dotted path → first message, e.g. { "casualties.0.age": "The age must be …" }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    errors[path] ??= issue.message;
  }
  return errors;
}
