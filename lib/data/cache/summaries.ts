import "server-only";
import { cachedByRevision } from "@/lib/data/cache/revision-cache";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { countIncidentPoints } from "@/lib/data/maps/count-incident-points";
import { getRegistryTotals } from "@/lib/data/overview";
import { countPendingProtests } from "@/lib/data/protests/count-pending-protests";
import { countIncidentsByMonth, type MonthScope } from "@/lib/data/provinces/count-incidents-by-month";
import { getProvinceSummary } from "@/lib/data/provinces/get-province-summary";
import { listProvinceSummaries } from "@/lib/data/provinces/list-province-summaries";
import { rankProvinces } from "@/lib/data/provinces/rank-provinces";
import type { IncidentFilter } from "@/lib/validations/incident-filter";

// The figures of the dashboard and the province pages, each computed by PostgreSQL
// once per registry revision (see revision-cache.ts). The incident list and the
// exports always query afresh.

export const cachedProvinceSummary = (filter: IncidentFilter) =>
  cachedByRevision(`province-summary:${JSON.stringify(filter)}`, () => getProvinceSummary(filter));

export const cachedProvinceSummaries = () => cachedByRevision("province-summaries", listProvinceSummaries);

export const cachedIncidentsByMonth = (scope: MonthScope) =>
  cachedByRevision(`incidents-by-month:${JSON.stringify(scope)}`, () => countIncidentsByMonth(scope));

export const cachedLatestIncidents = (filter: IncidentFilter, count: number) =>
  cachedByRevision(`latest-incidents:${count}:${JSON.stringify(filter)}`, () => listIncidents(filter, count));

export const cachedIncidentPoints = (scope: { provinceCode?: string } = {}) =>
  cachedByRevision(`incident-points:${scope.provinceCode ?? "*"}`, () => countIncidentPoints(scope));

export const cachedRegistryTotals = () => cachedByRevision("registry-totals", getRegistryTotals);

export const cachedPendingProtests = () => cachedByRevision("pending-protests", countPendingProtests);

export const cachedProvinceRanking = (limit: number) => cachedByRevision(`province-ranking:${limit}`, () => rankProvinces(limit));
