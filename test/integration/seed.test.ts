import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { GAZETTEER } from "@/lib/geo/gazetteer";
import { demoDataMessage, seedDemoData } from "@/prisma/seed/seed-demo-data";

describe("demo data", () => {
  it("loads the ten 2025 border incidents with their casualties and sources, once", async () => {
    const db = getPrisma();
    const first = await seedDemoData(db);
    expect(first.incidents).toHaveLength(10);
    expect(first.incidents[0]).toBe("MI-2025-0001");
    expect(first.protests).toHaveLength(7);
    expect(first.protests.every((r) => r.startsWith("PR-2025-"))).toBe(true);
    expect(demoDataMessage(first)).toBe("demo data: 10 incidents and 7 protest steps added");

    const second = await seedDemoData(db);
    expect(second).toEqual({ incidents: [], protests: [] });
    expect(demoDataMessage(second)).toBe("demo data already present: nothing added");
    expect(await db.incident.count()).toBe(10);

    expect(await db.country.count()).toBe(GAZETTEER.length);
    expect(await db.province.count({ where: { countryCode: "TH" } })).toBe(77);
    expect(await db.province.count({ where: { countryCode: "KH" } })).toBe(25);

    const nearMiss = await db.incident.findFirstOrThrow({
      where: { occurredOn: new Date("2025-10-20") },
      include: { casualties: true, sources: true },
    });
    expect(nearMiss.casualties).toEqual([]);
    expect(nearMiss.provinceCode).toBe("TH-33");

    const deminer = await db.incident.findFirstOrThrow({
      where: { occurredOn: new Date("2025-12-29") },
      include: { casualties: true },
    });
    expect(deminer.casualties).toMatchObject([{ category: "deminer", outcome: "injured", injuries: "Left leg amputated, left eye injured" }]);
    expect(await db.casualty.count()).toBe(3 + 5 + 3 + 1 + 1 + 0 + 4 + 1 + 1 + 1);

    const request = await db.protest.findFirstOrThrow({ where: { kind: "article_8_2_request" }, include: { _count: { select: { incidents: true } } } });
    expect(request.responseDueOn?.toISOString().slice(0, 10)).toBe("2025-09-12");
    expect(request._count.incidents).toBe(4);
  });
});
