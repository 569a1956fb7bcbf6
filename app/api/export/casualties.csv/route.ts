import { csvExportResponse } from "@/lib/csv/response";
import { CASUALTY_COLUMNS } from "@/lib/csv/casualty-columns";
import { exportCasualties } from "@/lib/data/exports/export-casualties";

// GET /api/export/casualties.csv – one row per casualty of the incidents a /incidents filter shows.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return csvExportResponse(request, "casualties", CASUALTY_COLUMNS, (filter, _params, signal) => exportCasualties(filter, signal));
}
