import { describe, expect, it } from "vitest";
import type { IncidentPoint } from "@/lib/data/maps/count-incident-points";
import { incidentMapSvg } from "@/lib/maps/incident-map-svg";

const point = (latitude: number, longitude: number): IncidentPoint => ({ latitude, longitude, count: 1, precision: null });

/** Country name → "firm" or "faint", from the outlines the map drew. */
function outlines(svg: string): Map<string, string> {
  const drawn = new Map<string, string>();
  for (const [, stroke, name] of svg.matchAll(/<path [^>]*stroke="(#[0-9a-f]+)"[^>]*><title>([^<]+)<\/title><\/path>/g)) {
    if (name) drawn.set(name, stroke === "#64748b" ? "firm" : "faint");
  }
  return drawn;
}

describe("incident map outlines", () => {
  it("draws the countries holding the dots firmly and their neighbours faintly", () => {
    const { svg } = incidentMapSvg({ place: "the registry", points: [point(15.24, 104.85), point(13.36, 103.86)], home: ["TH", "KH"] });
    const drawn = outlines(svg);
    expect(drawn.get("Thailand")).toBe("firm");
    expect(drawn.get("Cambodia")).toBe("firm");
    expect(drawn.get("Laos")).toBe("faint");
    expect(drawn.has("Colombia")).toBe(false);
  });

  it("follows the incidents to another State Party", () => {
    const { svg } = incidentMapSvg({ place: "Antioquia (CO-ANT)", points: [point(7.06, -75.5), point(6.25, -75.56)], home: ["TH", "KH"] });
    const drawn = outlines(svg);
    expect(drawn.get("Colombia")).toBe("firm");
    expect([...drawn].filter(([, style]) => style === "firm").map(([name]) => name)).toEqual(["Colombia"]);
    expect(drawn.has("Thailand")).toBe(false);
  });

  it("frames the registry's own countries when no incident has coordinates", () => {
    const firm = (home: string[]) =>
      [...outlines(incidentMapSvg({ place: "the registry", points: [], home }).svg)].filter(([, style]) => style === "firm").map(([name]) => name);
    expect(firm(["TH", "KH"]).sort()).toEqual(["Cambodia", "Thailand"]);
    expect(firm(["CO"])).toEqual(["Colombia"]);
  });
});
