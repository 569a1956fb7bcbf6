// A small in-process cache whose entries are valid for one "stamp" (for example the
// registry's revision and today's date): an entry filed under another stamp is a
// miss. Concurrent callers for the same key and stamp share one computation, and
// the least recently used entries go first.

export type StampedLookup<T> = {
  value: Promise<T>;
  /** True for the caller whose compute() produced the value (the others waited for it). */
  computed: boolean;
};

export type StampedCache<T> = {
  get(key: string, stamp: string, compute: () => Promise<T>): StampedLookup<T>;
  readonly size: number;
};

/**
 * `keep` decides whether a computed value stays cached (a failed computation never
 * does); a value not kept is still handed to the callers that waited for it.
 */
export function createStampedCache<T>(maxEntries: number, keep: (value: T) => boolean = () => true): StampedCache<T> {
  const entries = new Map<string, { stamp: string; value: Promise<T> }>();
  const forget = (key: string, value: Promise<T>) => {
    if (entries.get(key)?.value === value) entries.delete(key);
  };
  return {
    get(key, stamp, compute) {
      const hit = entries.get(key);
      if (hit?.stamp === stamp) {
        entries.delete(key);
        entries.set(key, hit);
        return { value: hit.value, computed: false };
      }
      const value = compute();
      entries.delete(key);
      entries.set(key, { stamp, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      value.then(
        (v) => {
          if (!keep(v)) forget(key, value);
        },
        () => forget(key, value),
      );
      return { value, computed: true };
    },
    get size() {
      return entries.size;
    },
  };
}
