// Pull-based: the next chunk is read only when the client has taken the previous
// one, so a slow reader slows the database (backpressure) instead of filling
// memory. A reader that goes away calls `onCancel` first (to stop work that is
// under way, such as a running query) and then ends the generator.

/**
 * How long a download may take. A reader that takes nothing holds the query (and
 * its connection) through backpressure, so it is ended after `stallMs` without
 * taking a chunk, and any download after `totalMs`, as if the reader had gone away.
 */
export type StreamLimits = { stallMs: number; totalMs: number };

type StreamHooks = {
  onCancel?: () => void;
  /** Called once when the stream ends in any way: complete, failed, cancelled or cut by a limit. */
  onEnd?: () => void;
  limits?: StreamLimits;
};

export const STALLED = "The download was ended: the client took nothing for too long.";
export const TOO_LONG = "The download was ended: it took longer than an export may.";

export function streamOf(chunks: AsyncIterable<string | Uint8Array>, { onCancel, onEnd, limits }: StreamHooks = {}): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let cancelled = false;
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  let totalTimer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;
  const end = () => {
    clearTimeout(stallTimer);
    clearTimeout(totalTimer);
    if (!ended) onEnd?.();
    ended = true;
  };
  const stop = async () => {
    cancelled = true;
    end();
    onCancel?.();
    await iterator.return?.(undefined);
  };
  const cut = (controller: ReadableStreamDefaultController<Uint8Array>, message: string) => {
    controller.error(new Error(message));
    void stop();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (limits) totalTimer = setTimeout(() => cut(controller, TOO_LONG), limits.totalMs);
      },
      async pull(controller) {
        clearTimeout(stallTimer);
        try {
          const next = await iterator.next();
          if (cancelled) return;
          if (next.done) {
            end();
            controller.close();
            return;
          }
          controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
          if (limits) stallTimer = setTimeout(() => cut(controller, STALLED), limits.stallMs);
        } catch (error) {
          // After a cancel the work fails on purpose; there is no one left to tell.
          if (cancelled) return;
          end();
          console.error("CSV export failed while streaming", error);
          controller.error(error);
        }
      },
      cancel: stop,
    },
    { highWaterMark: 1 },
  );
}
