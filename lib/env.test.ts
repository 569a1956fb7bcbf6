import { describe, expect, it } from "vitest";
import { EXPORT_CONNECTIONS } from "@/lib/data/exports/export-connections";
import { readEnv } from "@/lib/env";

describe("EXPORTS_PER_CLIENT", () => {
  it("is 2 unless set, and never as many as a server process's export connections", () => {
    expect(readEnv({}).EXPORTS_PER_CLIENT).toBe(2);
    expect(readEnv({ EXPORTS_PER_CLIENT: String(EXPORT_CONNECTIONS - 1) }).EXPORTS_PER_CLIENT).toBe(EXPORT_CONNECTIONS - 1);
    expect(() => readEnv({ EXPORTS_PER_CLIENT: String(EXPORT_CONNECTIONS) })).toThrow(
      `EXPORTS_PER_CLIENT must be less than ${EXPORT_CONNECTIONS}, the export connections of a server process`,
    );
  });
});
