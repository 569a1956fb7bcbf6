import "server-only";
import { cachedByRevision } from "@/lib/data/cache/revision-cache";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { countIncidentPoints } from "@/lib/data/maps/count-incident-points";
import { getIncidentDateRange, getRegistryTotals } from "@/lib/data/overview";
import { countPendingProtests } from "@/lib/data/protests/count-pending-protests";
import { countIncidentsByMonth } from "@/lib/data/provinces/count-incidents-by-month";
import { getProvinceSummary } from "@/lib/data/provinces/get-province-summary";
import { listProvinceSummaries } from "@/lib/data/provinces/list-province-summaries";
import { rankProvinces } from "@/lib/data/provinces/rank-provinces";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import type { SummaryScope } from "@/lib/summaries/scope";

// The figures of the dashboard and the province pages, each computed by PostgreSQL
// once per registry revision (see revision-cache.ts). The incident list and the
// exports always query afresh.

export const cachedProvinceSummary = (filter: IncidentFilter) =>
  cachedByRevision(`province-summary:${JSON.stringify(filter)}`, () => getProvinceSummary(filter));

export const cachedProvinceSummaries = () => cachedByRevision("province-summaries", listProvinceSummaries);

export const cachedIncidentsByMonth = (scope: SummaryScope) =>
  cachedByRevision(`incidents-by-month:${JSON.stringify(scope)}`, () => countIncidentsByMonth(scope));

export const cachedLatestIncidents = (filter: IncidentFilter, count: number) =>
  cachedByRevision(`latest-incidents:${count}:${JSON.stringify(filter)}`, () => listIncidents(filter, count));

export const cachedIncidentPoints = (scope: SummaryScope = {}) =>
  cachedByRevision(`incident-points:${JSON.stringify(scope)}`, () => countIncidentPoints(scope));

export const cachedRegistryTotals = (scope: SummaryScope = {}) =>
  cachedByRevision(`registry-totals:${JSON.stringify(scope)}`, () => getRegistryTotals(scope));

export const cachedIncidentDateRange = (provinceCode?: string) =>
  cachedByRevision(`incident-date-range:${provinceCode ?? "*"}`, () => getIncidentDateRange(provinceCode));

export const cachedPendingProtests = () => cachedByRevision("pending-protests", countPendingProtests);

export const cachedProvinceRanking = (limit: number, scope: SummaryScope = {}) =>
  cachedByRevision(`province-ranking:${limit}:${JSON.stringify(scope)}`, () => rankProvinces(limit, scope));
