import { describe, expect, it } from "vitest";
import { readLimited } from "@/lib/imports/read-limited";

function streamOf(...parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

describe("readLimited", () => {
  it("returns every byte of a body within the limit", async () => {
    const bytes = await readLimited(streamOf("abc", "def"), 6);
    expect(new TextDecoder().decode(bytes!)).toBe("abcdef");
  });

  it("stops at the first chunk past the limit", async () => {
    expect(await readLimited(streamOf("abc", "defg"), 6)).toBeNull();
  });

  it("treats a missing body as empty", async () => {
    expect(await readLimited(null, 6)).toEqual(new Uint8Array());
  });
});
