import { describe, expect, it } from "vitest";
import { labelEvery, layoutBars, niceMax, ticksFor, yOf } from "./bar-scale";

const plot = { left: 40, top: 10, width: 300, height: 100 };

describe("bar scale", () => {
  it("rounds the axis up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(50)).toBe(50);
    expect(niceMax(501)).toBe(1000);
  });

  it("puts whole-number ticks from zero to the top of the axis", () => {
    expect(ticksFor(1)).toEqual([0, 1]);
    expect(ticksFor(2)).toEqual([0, 1, 2]);
    expect(ticksFor(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticksFor(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticksFor(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticksFor(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticksFor(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    // an axis that does not end on a step still shows its top
    expect(ticksFor(7)).toEqual([0, 2, 4, 6, 7]);
  });

  it("gives each value an equal slot and a height proportional to it", () => {
    const layout = layoutBars([0, 5, 10], plot, 0.2);
    expect(layout.max).toBe(10);
    expect(layout.bars).toHaveLength(3);
    const [zero, half, full] = layout.bars as [typeof layout.bars[0], typeof layout.bars[0], typeof layout.bars[0]];
    expect(zero.height).toBe(0);
    expect(zero.y).toBe(110);
    expect(half.height).toBe(50);
    expect(half.y).toBe(60);
    expect(full.height).toBe(100);
    expect(full.y).toBe(10);
    // slots of 100, bars of 80 centred in them
    expect(zero.width).toBeCloseTo(80);
    expect(zero.x).toBeCloseTo(50);
    expect(half.x).toBeCloseTo(150);
    expect(full.x + full.width).toBeCloseTo(330);
  });

  it("draws an all-zero series flat on an axis that still goes to 1", () => {
    const layout = layoutBars([0, 0], plot);
    expect(layout.max).toBe(1);
    expect(layout.bars.every((b) => b.height === 0)).toBe(true);
    expect(yOf(layout, 1)).toBe(10);
  });

  it("thins labels so they fit", () => {
    expect(labelEvery(12, 12)).toBe(1);
    expect(labelEvery(24, 12)).toBe(2);
    expect(labelEvery(25, 12)).toBe(3);
    expect(labelEvery(0, 12)).toBe(1);
  });
});
