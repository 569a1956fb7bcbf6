import { describe, expect, it, vi } from "vitest";
import { STALLED, streamOf, TOO_LONG } from "@/lib/csv/stream";

describe("a CSV stream", () => {
  it("encodes the chunks as UTF-8", async () => {
    async function* chunks() {
      yield "province_name\r\n";
      yield "ศรีสะเกษ\r\nឧត្ដរមានជ័យ\r\n";
    }
    const text = await new Response(streamOf(chunks())).text();
    expect(text).toBe("province_name\r\nศรีสะเกษ\r\nឧត្ដរមានជ័យ\r\n");
  });

  it("reads no further than the client takes (backpressure)", async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield "row\r\n";
      }
    }
    const reader = streamOf(endless()).getReader();
    await reader.read();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Two taken, at most one more buffered (highWaterMark 1).
    expect(produced).toBeLessThanOrEqual(3);
    await reader.cancel();
  });

  it("ends the generator when the client goes away, so paging stops", async () => {
    let finished = false;
    let produced = 0;
    async function* rows() {
      try {
        for (;;) {
          produced++;
          yield "row\r\n";
        }
      } finally {
        finished = true;
      }
    }
    const reader = streamOf(rows()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
    const after = produced;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced).toBe(after);
  });

  it("errors the stream when reading fails", async () => {
    async function* failing() {
      yield "header\r\n";
      throw new Error("database went away");
    }
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const reader = streamOf(failing()).getReader();
    await reader.read();
    await expect(reader.read()).rejects.toThrow("database went away");
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it("ends a download whose reader takes nothing for the stall limit, as if the reader had gone away", async () => {
    let finished = false;
    async function* rows() {
      try {
        for (;;) yield "row\r\n";
      } finally {
        finished = true;
      }
    }
    const onCancel = vi.fn();
    const onEnd = vi.fn();
    const reader = streamOf(rows(), { onCancel, onEnd, limits: { stallMs: 50, minBytes: 64 * 1024, totalMs: 10_000 } }).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await reader.read(); // taken within the limit: the download goes on
    await expect(reader.closed).rejects.toThrow(STALLED);
    expect(finished).toBe(true);
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it("ends a download whose reader takes a little at a time, less than the minimum in each stall window", async () => {
    async function* rows() {
      for (;;) yield "row\r\n";
    }
    const onEnd = vi.fn();
    const reader = streamOf(rows(), { onEnd, limits: { stallMs: 100, minBytes: 64 * 1024, totalMs: 3_000 } }).getReader();
    const started = Date.now();
    await expect(
      (async () => {
        for (;;) {
          await reader.read();
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })(),
    ).rejects.toThrow(STALLED);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it("lets a reader that takes the minimum in each stall window go on", async () => {
    let produced = 0;
    async function* rows() {
      for (;;) {
        produced++;
        yield new Uint8Array(64 * 1024);
      }
    }
    const onEnd = vi.fn();
    const reader = streamOf(rows(), { onEnd, limits: { stallMs: 300, minBytes: 64 * 1024, totalMs: 3_000 } }).getReader();
    for (let i = 0; i < 15; i++) {
      await reader.read();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(onEnd).not.toHaveBeenCalled();
    expect(produced).toBeGreaterThanOrEqual(15);
    await reader.cancel();
  });

  it("counts only the time spent waiting on the reader, not on the database", async () => {
    async function* rows() {
      yield "header\r\n";
      // Its turn for a connection, or a sort before the first row: longer than a stall window.
      await new Promise((resolve) => setTimeout(resolve, 250));
      yield "row\r\n";
    }
    const text = await new Response(streamOf(rows(), { limits: { stallMs: 100, minBytes: 64 * 1024, totalMs: 3_000 } })).text();
    expect(text).toBe("header\r\nrow\r\n");
  });

  it("ends a download that runs past its total limit, however steadily it is read", async () => {
    async function* rows() {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        yield "row\r\n";
      }
    }
    const onEnd = vi.fn();
    const reader = streamOf(rows(), { onEnd, limits: { stallMs: 1_000, minBytes: 1, totalMs: 100 } }).getReader();
    await expect(
      (async () => {
        for (;;) await reader.read();
      })(),
    ).rejects.toThrow(TOO_LONG);
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it("frees its place once when it completes", async () => {
    async function* rows() {
      yield "row\r\n";
    }
    const onEnd = vi.fn();
    expect(await new Response(streamOf(rows(), { onEnd, limits: { stallMs: 1_000, minBytes: 1, totalMs: 1_000 } })).text()).toBe("row\r\n");
    expect(onEnd).toHaveBeenCalledOnce();
  });
});
