import { ACTION_BODY_TOO_LARGE } from "@/lib/http/body-limits";

// The answer to a form post over the limit, sent by proxy.ts before Next.js reads
// the body (which would otherwise fail with a bare 500). A whole small document,
// as it replaces the page of a form posted without JavaScript.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function tooLargePage(formPath: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Form too large · Landmine Incident Registry</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Form too large</h1>
<p role="alert">${escapeHtml(ACTION_BODY_TOO_LARGE)}</p>
<p>Use your browser's Back button: what you typed is usually still in the form. Or <a href="${escapeHtml(formPath)}">open the form again</a>.</p>
</body>
</html>`;
}
