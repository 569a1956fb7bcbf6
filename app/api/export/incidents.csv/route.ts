import { authorizeRead } from "@/lib/auth/require-role";
import { csvExportResponse } from "@/lib/csv/response";
import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";
import { exportIncidents } from "@/lib/data/exports/export-incidents";

// GET /api/export/incidents.csv – the incidents a /incidents filter shows, one row each, streamed.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await authorizeRead(request);
  if (!access.ok) return access.response;
  return csvExportResponse(request, access.user?.id ?? null, "incidents", INCIDENT_COLUMNS, (filter, _params, signal) => exportIncidents(filter, signal));
}
