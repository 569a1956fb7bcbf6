import "server-only";
import { cachedIncidentPoints } from "@/lib/data/cache/summaries";
import { readRegistryRevision } from "@/lib/data/cache/registry-revision";
import { findProvince } from "@/lib/geo/gazetteer";
import { incidentMapSvg } from "@/lib/maps/incident-map-svg";
import { todayUtc } from "@/lib/protests/due-date";

/** Where a map shows, and the name its title gives that place. */
export function mapPlace(provinceCode?: string): { provinceCode?: string; place: string } | undefined {
  if (provinceCode === undefined) return { place: "the registry" };
  const province = findProvince(provinceCode);
  return province ? { provinceCode: province.code, place: `${province.name} (${province.code})` } : undefined;
}

/** The address of the map image for mapPlace(provinceCode). */
export function incidentMapHref(provinceCode?: string): string {
  return provinceCode ? `/api/maps/incidents.svg?province=${encodeURIComponent(provinceCode)}` : "/api/maps/incidents.svg";
}

/**
 * The map as image/svg+xml. The ETag is the registry's revision: a browser asks again
 * on every view (no-cache) and gets "304 Not Modified" until something is written.
 */
export async function incidentMapResponse(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const target = mapPlace(params.get("province") ?? undefined);
  if (!target) {
    return new Response("Unknown province code: use an ISO 3166-2 code such as TH-33.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const etag = `"${await readRegistryRevision()}-${todayUtc()}-${target.provinceCode ?? "all"}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const points = await cachedIncidentPoints({ provinceCode: target.provinceCode });
  const { svg } = incidentMapSvg({ place: target.place, points });
  return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
}
