import { iso31662 } from "iso-3166";
import { describe, expect, it } from "vitest";
import { GAZETTEER, buildGazetteer, findCountry, findProvince, orderCountries, provincesOf } from "@/lib/geo/gazetteer";
import { HAND_KEPT_COUNTRIES } from "@/lib/geo/hand-kept-countries";

describe("gazetteer", () => {
  it("keeps Thailand's 77 and Cambodia's 25 provinces with the codes and names the registry always had", () => {
    for (const kept of HAND_KEPT_COUNTRIES) {
      const country = findCountry(kept.code);
      expect(country?.name).toBe(kept.name);
      expect(country?.provinces.map((p) => [p.code, p.name])).toEqual(kept.provinces.map((p) => [p.code, p.name]));
    }
    expect(provincesOf("TH")).toHaveLength(77);
    expect(provincesOf("KH")).toHaveLength(25);
    expect(findProvince("TH-33")).toMatchObject({ name: "Si Sa Ket", countryCode: "TH" });
    expect(findProvince("TH-34")?.name).toBe("Ubon Ratchathani");
    expect(findProvince("KH-22")?.name).toBe("Oddar Meanchey");
    expect(findProvince("TH-S")).toBeUndefined();
  });

  it("keeps the hand-kept spellings and adds ISO's names as aliases where they differ", () => {
    expect(findProvince("TH-33")?.aliases).toEqual(["Sisaket", "Srisaket"]);
    expect(findProvince("TH-10")?.aliases).toEqual(["Krung Thep Maha Nakhon"]);
    expect(findProvince("KH-1")?.aliases).toContain("Banteay Mean Choăy");
    expect(findProvince("KH-2")?.aliases).toEqual(["Baat Dambang", "Batdâmbâng"]);
  });

  it("every hand-kept code is an ISO 3166-2 first-level code of its country", () => {
    const iso = new Map(iso31662.map((s) => [s.code, s.parent]));
    for (const country of HAND_KEPT_COUNTRIES) {
      for (const province of country.provinces) expect(iso.get(province.code), province.code).toBe(country.code);
    }
  });

  it("holds every other country's first-level subdivisions from ISO 3166-2", () => {
    expect(findCountry("CO")?.name).toBe("Colombia");
    expect(findProvince("CO-ANT")).toMatchObject({ name: "Antioquia", countryCode: "CO" });
    expect(provincesOf("CO")).toHaveLength(33);
    expect(findCountry("UA")?.name).toBe("Ukraine");
    expect(findProvince("UA-14")?.countryCode).toBe("UA");
    // France's first level is its regions and overseas parts, not the departments below them.
    expect(findProvince("FR-ARA")?.name).toBe("Auvergne-Rhône-Alpes");
    expect(findProvince("FR-01")).toBeUndefined();
    expect(GAZETTEER.length).toBeGreaterThan(190);
    expect(findCountry("VA")).toBeUndefined();
  });

  it("has no code twice and every province code fits the database column", () => {
    const countryCodes = GAZETTEER.map((c) => c.code);
    const provinceCodes = GAZETTEER.flatMap((c) => c.provinces.map((p) => p.code));
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    expect(new Set(provinceCodes).size).toBe(provinceCodes.length);
    expect(provinceCodes.every((code) => code.length <= 6)).toBe(true);
    for (const country of GAZETTEER) {
      expect(country.provinces.every((p) => p.code.startsWith(`${country.code}-`)), country.code).toBe(true);
    }
  });

  it("builds only from subdivisions whose parent is the country", () => {
    const built = buildGazetteer(
      [
        { code: "ZZ-A", name: "Region A", parent: "ZZ" },
        { code: "ZZ-1", name: "Department 1", parent: "ZZ-A" },
      ],
      [],
    );
    expect(built.map((c) => [c.code, c.provinces.map((p) => p.code)])).toEqual([["ZZ", ["ZZ-A"]]]);
  });

  it("orders the chosen countries first, then the others by name", () => {
    const { first, rest } = orderCountries(["TH", "KH", "XX"]);
    expect(first.map((c) => c.code)).toEqual(["TH", "KH"]);
    expect(rest.some((c) => c.code === "TH" || c.code === "KH")).toBe(false);
    expect(rest.map((c) => c.name)).toEqual([...rest.map((c) => c.name)].sort((a, b) => a.localeCompare(b, "en")));
    expect(first.length + rest.length).toBe(GAZETTEER.length);
  });
});
