// A Map whose entries expire on an injectable clock: the memory store's stand-in for Redis TTLs.

/**
 * Writes between two sweeps of expired entries. Reads already ignore expired entries; the sweep
 * only bounds memory, so an occasional linear pass is enough.
 */
const WRITES_PER_SWEEP = 1000;

export interface ExpiringMap<V> {
  get(key: string): V | undefined;
  /** Stores `value` for `ttlMs` from now, or forever when `ttlMs` is undefined. */
  set(key: string, value: V, ttlMs?: number): void;
  delete(key: string): void;
}

export function createExpiringMap<V>(now: () => number): ExpiringMap<V> {
  const entries = new Map<string, { value: V; until: number }>();
  let writesSinceSweep = 0;

  function sweep(at: number): void {
    for (const [key, entry] of entries) if (entry.until <= at) entries.delete(key);
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.until > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, ttlMs) {
      const at = now();
      if (++writesSinceSweep >= WRITES_PER_SWEEP) {
        writesSinceSweep = 0;
        sweep(at);
      }
      entries.set(key, { value, until: ttlMs === undefined ? Number.POSITIVE_INFINITY : at + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
