// How much one form post (a Server Action) may carry. next.config.ts gives Next.js
// the same figure; a post beyond it is refused before it is read, with this message.

export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const ACTION_BODY_TOO_LARGE =
  "Nothing was saved: this form holds more than 1 MB of text, more than the registry accepts in one save. " +
  "Shorten the longest texts, then save again.";

/** The bytes a form's fields take when posted (UTF-8 names and values), without the multipart envelope. */
export function formDataBytes(data: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of data.entries()) {
    bytes += encoder.encode(name).byteLength + (typeof value === "string" ? encoder.encode(value).byteLength : value.size);
  }
  return bytes;
}
