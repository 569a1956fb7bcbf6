import { incidentMapResponse } from "@/lib/maps/incident-map-response";

// GET /api/maps/incidents.svg[?province=TH-33] – the incident map of the dashboard
// (the whole registry) or of one province, as an SVG image drawn on the server.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return incidentMapResponse(request);
}
