import { describe, expect, it, vi } from "vitest";
import { streamOf } from "@/lib/csv/stream";

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
});
