import { authorizeRead } from "@/lib/auth/require-role";
import { csvExportResponse } from "@/lib/csv/response";
import { CASUALTY_COLUMNS } from "@/lib/csv/casualty-columns";
import { exportCasualties } from "@/lib/data/exports/export-casualties";

// GET /api/export/casualties.csv – one row per casualty of the incidents a /incidents filter shows.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await authorizeRead(request);
  if (!access.ok) return access.response;
  return csvExportResponse(request, access.user?.id ?? null, "casualties", CASUALTY_COLUMNS, (filter, _params, signal) => exportCasualties(filter, signal));
}
