import { describe, expect, it } from "vitest";
import { boundsOf, fitProjection, MIN_SPAN_DEGREES, type Bounds, type LonLat } from "@/lib/maps/fit-projection";

const FRAME = { width: 600, height: 400, padding: 20 };
// Thailand and Cambodia together.
const BORDER_REGION: Bounds = [
  [97.3, 5.6],
  [107.7, 20.5],
];

function inside([x, y]: [number, number]) {
  return x >= FRAME.padding - 1e-6 && x <= FRAME.width - FRAME.padding + 1e-6 && y >= FRAME.padding - 1e-6 && y <= FRAME.height - FRAME.padding + 1e-6;
}

describe("boundsOf", () => {
  it("is the fallback when no incident has coordinates", () => {
    expect(boundsOf([], BORDER_REGION)).toBe(BORDER_REGION);
  });

  it("widens a single point to the minimum span, centred on it", () => {
    const [[west, south], [east, north]] = boundsOf([[104.69, 14.38]], BORDER_REGION);
    expect(east - west).toBeCloseTo(MIN_SPAN_DEGREES);
    expect(north - south).toBeCloseTo(MIN_SPAN_DEGREES);
    expect((west + east) / 2).toBeCloseTo(104.69);
    expect((south + north) / 2).toBeCloseTo(14.38);
  });

  it("keeps a spread wider than the minimum as it is", () => {
    expect(boundsOf([[102.5, 13.2], [105.2, 14.6], [103.0, 14.1]], BORDER_REGION)).toEqual([[102.5, 13.2], [105.2, 14.6]]);
  });
});

describe("fitProjection", () => {
  it("puts every point inside the padded frame and uses its full width or height", () => {
    const points: LonLat[] = [[102.5, 13.9], [105.2, 14.6], [103.0, 14.1], [104.69, 14.38]];
    const projection = fitProjection(boundsOf(points, BORDER_REGION), FRAME);
    const projected = points.map((p) => projection([...p] as [number, number])!);
    for (const p of projected) expect(inside(p)).toBe(true);
    const xs = projected.map((p) => p[0]);
    const ys = projected.map((p) => p[1]);
    const usedWidth = Math.max(...xs) - Math.min(...xs);
    const usedHeight = Math.max(...ys) - Math.min(...ys);
    const fillsWidth = Math.abs(usedWidth - (FRAME.width - 2 * FRAME.padding)) < 1;
    const fillsHeight = Math.abs(usedHeight - (FRAME.height - 2 * FRAME.padding)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it("puts a single incident in the middle of the map", () => {
    const projection = fitProjection(boundsOf([[104.69, 14.38]], BORDER_REGION), FRAME);
    const [x, y] = projection([104.69, 14.38])!;
    expect(x).toBeCloseTo(FRAME.width / 2, 0);
    expect(y).toBeCloseTo(FRAME.height / 2, 0);
  });

  it("keeps north up and east right", () => {
    const projection = fitProjection(BORDER_REGION, FRAME);
    const [westX, southY] = projection([98, 6])!;
    const [eastX, northY] = projection([107, 20])!;
    expect(eastX).toBeGreaterThan(westX);
    expect(northY).toBeLessThan(southY);
  });
});
