import { formattedRecords } from "@/lib/csv/document";
import { authorizeRead } from "@/lib/auth/require-role";
import { csvExportResponse } from "@/lib/csv/response";
import { PROVINCE_COLUMNS } from "@/lib/csv/province-columns";
import { exportProvinces } from "@/lib/data/exports/export-provinces";

// GET /api/export/provinces.csv – per-province totals of the incidents a /incidents filter shows.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await authorizeRead(request);
  if (!access.ok) return access.response;
  return csvExportResponse(request, access.user?.id ?? null, "provinces", PROVINCE_COLUMNS, (filter) => formattedRecords(PROVINCE_COLUMNS, exportProvinces(filter)));
}
