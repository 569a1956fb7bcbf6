import type { z } from "zod";

// FormData field names follow react-hook-form paths ("casualties.0.age"), so the
// browser form and a plain HTML post produce the same nested object.

type Tree = { [key: string]: Tree | string };

const MAX_INDEX = 999;

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Tree = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue; // files and Next.js internals
    const path = name.split(".");
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
  return toArrays(root) as Record<string, unknown>;
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
