// X ids are 64-bit snowflakes written as decimal strings: newer ids are larger numbers, but they
// do not fit in a JS number and string order is wrong when lengths differ.

const DECIMAL_ID = /^\d+$/;

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareXIds(a: string, b: string): number {
  if (DECIMAL_ID.test(a) && DECIMAL_ID.test(b)) {
    const difference = BigInt(a) - BigInt(b);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }
  // Not snowflakes (only fakes do this): fall back to a stable order.
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The newer of two optional ids. */
export function newerXId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareXIds(a, b) >= 0 ? a : b;
}
