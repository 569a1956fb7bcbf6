import { authorizeRead } from "@/lib/auth/require-role";
import { incidentMapResponse } from "@/lib/maps/incident-map-response";

// GET /api/maps/incidents.svg[?province=TH-33] – the incident map of the dashboard
// (the whole registry) or of one province, as an SVG image drawn on the server.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await authorizeRead(request);
  if (!access.ok) return access.response;
  return incidentMapResponse(request);
}
