// A snowflake carries its creation time, so a post whose `created_at` is missing still gets an
// exact time instead of being dropped.

/** Milliseconds since the Unix epoch of X's snowflake epoch (2010-11-04T01:42:54.657Z). */
const X_SNOWFLAKE_EPOCH_MS = 1_288_834_974_657n;
/** The low 22 bits are worker and sequence numbers; the rest is the time. */
const X_SNOWFLAKE_TIME_SHIFT = 22n;

/** ISO time encoded in a snowflake id, or undefined when the id is not one. */
export function timeOfXId(id: string): string | undefined {
  if (!/^\d{1,20}$/.test(id)) return undefined;
  const ms = (BigInt(id) >> X_SNOWFLAKE_TIME_SHIFT) + X_SNOWFLAKE_EPOCH_MS;
  // Small ids predate snowflakes (2010) and carry no time.
  if (ms <= X_SNOWFLAKE_EPOCH_MS) return undefined;
  const date = new Date(Number(ms));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
