import "server-only";
import type { ProtestStatus } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { PROTEST_SUMMARY_SELECT, toProtestSummary, type ProtestSummary } from "@/lib/data/protests/protest-dto";
import { formatDateOnly } from "@/lib/validations/dates";
import { PROTEST_REFERENCE } from "@/lib/validations/references";

export type ProtestDetail = ProtestSummary & {
  version: number;
  responseSummary: string | null;
  notes: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Names of the accounts that recorded and last changed it; null for demo data. */
  createdByName: string | null;
  updatedByName: string | null;
  incidents: { reference: string; occurredOn: string; provinceName: string; provinceCode: string; locality: string | null }[];
  history: { changedOn: string; recordedAt: string; fromStatus: ProtestStatus | null; toStatus: ProtestStatus; note: string | null }[];
};

export async function getProtest(reference: string): Promise<ProtestDetail | null> {
  if (!PROTEST_REFERENCE.test(reference)) return null;
  const row = await getPrisma().protest.findUnique({
    where: { reference },
    select: {
      ...PROTEST_SUMMARY_SELECT,
      version: true,
      responseSummary: true,
      notes: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      incidents: {
        select: {
          incident: {
            select: { reference: true, occurredOn: true, provinceCode: true, locality: true, province: { select: { name: true } } },
          },
        },
        orderBy: { incident: { occurredOn: "asc" } },
      },
      history: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;
  return {
    ...toProtestSummary(row),
    version: row.version,
    responseSummary: row.responseSummary,
    notes: row.notes,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdByName: row.createdBy?.name ?? null,
    updatedByName: row.updatedBy?.name ?? null,
    incidents: row.incidents.map(({ incident }) => ({
      reference: incident.reference,
      occurredOn: formatDateOnly(incident.occurredOn),
      provinceCode: incident.provinceCode,
      provinceName: incident.province.name,
      locality: incident.locality,
    })),
    history: row.history.map((h) => ({
      changedOn: formatDateOnly(h.changedOn),
      recordedAt: h.recordedAt.toISOString(),
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
    })),
  };
}
