// Pull-based: the next chunk is read only when the client has taken the previous
// one, so a slow reader slows the database (backpressure) instead of filling
// memory. A reader that goes away calls `onCancel` first (to stop work that is
// under way, such as a running query) and then ends the generator.
export function streamOf(chunks: AsyncIterable<string | Uint8Array>, onCancel?: () => void): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (cancelled) return;
          if (next.done) controller.close();
          else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
        } catch (error) {
          // After a cancel the work fails on purpose; there is no one left to tell.
          if (cancelled) return;
          console.error("CSV export failed while streaming", error);
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        onCancel?.();
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
