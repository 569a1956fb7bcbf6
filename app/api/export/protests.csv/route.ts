import { authorizeRead } from "@/lib/auth/require-role";
import { csvExportResponse } from "@/lib/csv/response";
import { PROTEST_COLUMNS } from "@/lib/csv/protest-columns";
import { exportProtests } from "@/lib/data/exports/export-protests";
import { parseProtestExportFilter } from "@/lib/validations/protest-export-filter";

// GET /api/export/protests.csv – the protests covering at least one incident a /incidents filter shows.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await authorizeRead(request);
  if (!access.ok) return access.response;
  return csvExportResponse(request, access.user?.id ?? null, "protests", PROTEST_COLUMNS, (filter, params, signal) => {
    const protests = parseProtestExportFilter(params);
    return protests.ok ? exportProtests(filter, protests.filter, protests.sort, signal) : protests;
  });
}
