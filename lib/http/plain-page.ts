import { ACTION_BODY_TOO_LARGE } from "@/lib/http/body-limits";

// Answers proxy.ts sends before Next.js gets the request, where Next.js would fail
// with a bare 500: a whole small document (it replaces the page of a form posted
// without JavaScript), with no scripts and only its own inline style.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function plainPage(status: number, title: string, message: string, nextStepHtml: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} · Landmine Incident Registry</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>${escapeHtml(title)}</h1>
<p role="alert">${escapeHtml(message)}</p>
<p>${nextStepHtml}</p>
</body>
</html>`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}

/** 413: a form post over the body limit, refused before Next.js reads it. */
export function tooLargeResponse(formPath: string): Response {
  return plainPage(
    413,
    "Form too large",
    ACTION_BODY_TOO_LARGE,
    `Use your browser's Back button: what you typed is usually still in the form. Or <a href="${escapeHtml(formPath)}">open the form again</a>.`,
  );
}

/** 400: an address with a percent-escape that is not UTF-8 (e.g. "%E0%B8" or "%ZZ"). */
export function malformedAddressResponse(rawPath: string): Response {
  return plainPage(
    400,
    "Address not valid",
    `${rawPath} is not a valid address: a "%" in it is not followed by the code of a character. Check the link you followed, or type the address again.`,
    `Or start from <a href="/">the registry's home page</a>.`,
  );
}
