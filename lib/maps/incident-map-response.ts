import "server-only";
import { cachedIncidentPoints } from "@/lib/data/cache/summaries";
import { readRegistryRevision } from "@/lib/data/cache/registry-revision";
import { readEnv } from "@/lib/env";
import { findProvince } from "@/lib/geo/gazetteer";
import { incidentMapSvg } from "@/lib/maps/incident-map-svg";
import { todayUtc } from "@/lib/protests/due-date";
import type { SummaryScope } from "@/lib/summaries/scope";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";

/** Where a map shows, and the name its title gives that place. */
export function mapPlace(provinceCode?: string): { provinceCode?: string; place: string } | undefined {
  if (provinceCode === undefined) return { place: "the registry" };
  const province = findProvince(provinceCode);
  return province ? { provinceCode: province.code, place: `${province.name} (${province.code})` } : undefined;
}

/** The address of the map image of a scope (a province, a period). */
export function incidentMapHref(scope: SummaryScope = {}): string {
  const params = new URLSearchParams();
  if (scope.provinceCode) params.set("province", scope.provinceCode);
  if (scope.from) params.set("from", scope.from);
  if (scope.to) params.set("to", scope.to);
  const query = params.toString();
  return query ? `/api/maps/incidents.svg?${query}` : "/api/maps/incidents.svg";
}

const plainText = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The map as image/svg+xml. The ETag is the registry's revision: a browser asks again
 * on every view (no-cache) and gets "304 Not Modified" until something is written.
 */
export async function incidentMapResponse(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const target = mapPlace(params.get("province") ?? undefined);
  if (!target) return plainText(404, "Unknown province code: use an ISO 3166-2 code such as TH-33.");
  // The period is the incident list's own date filter, with its rules and messages.
  const period = parseIncidentFilter({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
  if (!period.ok) return plainText(400, period.errors.join("\n"));
  const scope = { provinceCode: target.provinceCode, from: period.filter.from, to: period.filter.to };
  const etag = `"${await readRegistryRevision()}-${todayUtc()}-${target.provinceCode ?? "all"}-${scope.from ?? ""}-${scope.to ?? ""}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const points = await cachedIncidentPoints(scope);
  const { svg } = incidentMapSvg({ place: target.place, points, home: readEnv().GAZETTEER_COUNTRIES_FIRST });
  return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
}
