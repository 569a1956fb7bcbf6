import { describe, expect, it } from "vitest";
import { EXPORT_CONNECTIONS } from "@/lib/data/exports/export-connections";
import { readEnv } from "@/lib/env";

const exportsPerClient = (EXPORTS_PER_CLIENT?: string) => readEnv({ NODE_ENV: "test", EXPORTS_PER_CLIENT }).EXPORTS_PER_CLIENT;

describe("EXPORTS_PER_CLIENT", () => {
  it("is 2 unless set, and never as many as a server process's export connections", () => {
    expect(exportsPerClient()).toBe(2);
    expect(exportsPerClient(String(EXPORT_CONNECTIONS - 1))).toBe(EXPORT_CONNECTIONS - 1);
    expect(() => exportsPerClient(String(EXPORT_CONNECTIONS))).toThrow(
      `EXPORTS_PER_CLIENT must be less than ${EXPORT_CONNECTIONS}, the export connections of a server process`,
    );
  });
});

const countriesFirst = (GAZETTEER_COUNTRIES_FIRST?: string) =>
  readEnv({ NODE_ENV: "test", GAZETTEER_COUNTRIES_FIRST }).GAZETTEER_COUNTRIES_FIRST;

describe("GAZETTEER_COUNTRIES_FIRST", () => {
  it("is Thailand then Cambodia unless set, and names only countries of the gazetteer", () => {
    expect(countriesFirst()).toEqual(["TH", "KH"]);
    expect(countriesFirst(" co, ua ,CO")).toEqual(["CO", "UA"]);
    expect(() => countriesFirst("TH,XX,VA")).toThrow("not known: XX, VA");
  });
});
