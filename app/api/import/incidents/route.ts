import { revalidatePath } from "next/cache";
import { authorizeRequest } from "@/lib/auth/require-role";
import { ConflictError } from "@/lib/data/errors";
import { importIncidents } from "@/lib/data/imports/import-incidents";
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE } from "@/lib/imports/import-limits";
import { readLimited } from "@/lib/imports/read-limited";

// POST /api/import/incidents – checks or imports an incidents.csv (multipart form:
// `file`, and `mode` "check" or "import"); answers with the report as JSON.
// A Route Handler rather than a Server Action: actions share one body limit
// (1 MB, next.config.ts), and a file import needs a larger one of its own.
export const dynamic = "force-dynamic";

// Room for the multipart boundaries and the mode field around the file.
const ENVELOPE_BYTES = 64 * 1024;

export async function POST(request: Request) {
  // Before the body is read: a request without the role costs no upload.
  const access = await authorizeRequest(request, "editor", "importing incidents");
  if (!access.ok) return access.response;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > IMPORT_MAX_BYTES + ENVELOPE_BYTES) return refuse(413, IMPORT_TOO_LARGE);
  const body = await readLimited(request.body, IMPORT_MAX_BYTES + ENVELOPE_BYTES);
  if (!body) return refuse(413, IMPORT_TOO_LARGE);

  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return refuse(400, "Send the file as a form upload (multipart/form-data) with the field “file”.");
  }
  const file = form.get("file");
  const mode = form.get("mode");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "Choose a CSV file to import.");
  if (mode !== "check" && mode !== "import") return refuse(400, "Choose “Check file” or “Import”.");
  if (file.size > IMPORT_MAX_BYTES) return refuse(413, IMPORT_TOO_LARGE);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refuse(422, "The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.");
  }

  try {
    const report = await importIncidents(text, mode, { actorId: access.user.id });
    if (report.written) revalidatePath("/", "layout");
    return Response.json(report, { status: report.problemCount > 0 ? 422 : 200, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ConflictError) return refuse(409, error.message);
    console.error("Incident import failed", error);
    return refuse(500, "The import failed on the server; nothing was saved. Try again in a moment.");
  }
}

function refuse(status: number, message: string): Response {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
