// Pull-based: the next chunk is read only when the client has taken the previous
// one, so a slow reader slows the database (backpressure) instead of filling
// memory. A reader that goes away calls `onCancel` first (to stop work that is
// under way, such as a running query) and then ends the generator.

/**
 * How long a download may take. A reader that takes little holds the query (and
 * its connection) through backpressure, so it is ended, as if it had gone away,
 * once it has taken fewer than `minBytes` in a window of `stallMs` (a reader
 * trickling a few bytes now and then is cut like one that takes nothing), and any
 * download after `totalMs`. Only the time a chunk waits for the reader counts
 * towards a window: waiting for a database connection, or for a sort before the
 * first row, is not the reader's doing.
 */
export type StreamLimits = { stallMs: number; minBytes: number; totalMs: number };

type StreamHooks = {
  onCancel?: () => void;
  /** Called once when the stream ends in any way: complete, failed, cancelled or cut by a limit. */
  onEnd?: () => void;
  limits?: StreamLimits;
};

export const STALLED = "The download was ended: the client read too little for too long.";
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
  // The current stall window: the bytes the reader took in it, and how long chunks waited for it.
  let windowBytes = 0;
  let windowWaitedMs = 0;
  // The chunk offered and not yet taken: its size and since when it waits.
  let offeredBytes = 0;
  let offeredAt: number | undefined;
  const offer = (controller: ReadableStreamDefaultController<Uint8Array>, { stallMs, minBytes }: StreamLimits, bytes: number) => {
    offeredBytes = bytes;
    offeredAt = Date.now();
    const endOfWindow = () => {
      if (windowBytes < minBytes) return cut(controller, STALLED);
      windowBytes = 0;
      windowWaitedMs = 0;
      offeredAt = Date.now();
      stallTimer = setTimeout(endOfWindow, stallMs);
    };
    stallTimer = setTimeout(endOfWindow, Math.max(0, stallMs - windowWaitedMs));
  };
  // A pull means the reader took the chunk offered before.
  const taken = () => {
    clearTimeout(stallTimer);
    if (offeredAt === undefined) return;
    windowWaitedMs += Date.now() - offeredAt;
    windowBytes += offeredBytes;
    offeredAt = undefined;
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (limits) totalTimer = setTimeout(() => cut(controller, TOO_LONG), limits.totalMs);
      },
      async pull(controller) {
        taken();
        try {
          const next = await iterator.next();
          if (cancelled) return;
          if (next.done) {
            end();
            controller.close();
            return;
          }
          const chunk = typeof next.value === "string" ? encoder.encode(next.value) : next.value;
          controller.enqueue(chunk);
          if (limits) offer(controller, limits, chunk.byteLength);
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
