import { describe, expect, it } from "vitest";
import { createStampedCache } from "./stamped-cache";

describe("stamped cache", () => {
  it("computes once per key and stamp, and again under a new stamp", async () => {
    const cache = createStampedCache<number>(10);
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    expect(cache.get("a", "1", compute)).toMatchObject({ computed: true });
    const again = cache.get("a", "1", compute);
    expect(again.computed).toBe(false);
    expect(await again.value).toBe(1);
    expect(await cache.get("a", "2", compute).value).toBe(2);
    expect(cache.size).toBe(1);
  });

  it("drops the least recently used entry beyond its size", async () => {
    const cache = createStampedCache<string>(2);
    const keyed = (key: string) => () => Promise.resolve(key);
    cache.get("a", "s", keyed("a"));
    cache.get("b", "s", keyed("b"));
    cache.get("a", "s", keyed("a")); // a is used again: b is now the oldest
    cache.get("c", "s", keyed("c"));
    expect(cache.get("a", "s", keyed("a")).computed).toBe(false);
    expect(cache.get("b", "s", keyed("b")).computed).toBe(true);
  });

  it("keeps neither failures nor values it is told not to keep, but hands them to those who waited", async () => {
    const cache = createStampedCache<number | undefined>(10, (value) => value !== undefined);
    const failed = cache.get("f", "s", () => Promise.reject(new Error("down")));
    const waiter = cache.get("f", "s", () => Promise.resolve(1));
    expect(waiter.computed).toBe(false);
    await expect(waiter.value).rejects.toThrow("down");
    await expect(failed.value).rejects.toThrow("down");
    expect(cache.get("f", "s", () => Promise.resolve(1)).computed).toBe(true);

    const unkept = cache.get("u", "s", () => Promise.resolve(undefined));
    expect(await cache.get("u", "s", () => Promise.resolve(2)).value).toBeUndefined();
    await unkept.value;
    expect(cache.get("u", "s", () => Promise.resolve(2)).computed).toBe(true);
  });
});
