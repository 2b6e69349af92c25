// Meta reports how much of its rate limits an app has used in headers on most Graph responses
// (developers.facebook.com/docs/graph-api/overview/rate-limiting): `x-app-usage` (Platform
// limits: call_count, total_time, total_cputime, each a percentage) and, for Page tokens,
// `x-business-use-case-usage` ({"<id>": [{type, call_count, total_cputime, total_time,
// estimated_time_to_regain_access}]}, the last in minutes). At 100 the next calls are throttled.
import { isRecord } from '../twitter/json-values.ts';

export interface GraphUsage {
  /** The highest percentage in any header (0 when none was sent). */
  percent: number;
  /** How long to hold calls back, when a limit is reached. */
  waitMs?: number;
}

/** A reached Platform limit gives no time to wait for; its window rolls over an hour, so ask again soon. */
export const DEFAULT_GRAPH_WAIT_MS = 60_000;
const MINUTE_MS = 60_000;
const PERCENT_FIELDS = ['call_count', 'total_time', 'total_cputime'];

export function readGraphUsage(headers: Headers): GraphUsage {
  let percent = 0;
  let regainMinutes = 0;
  // `x-page-usage` is the older Page-token header, same shape as `x-app-usage`.
  for (const name of ['x-app-usage', 'x-page-usage']) {
    percent = Math.max(percent, highestPercent(parseJson(headers.get(name))));
  }
  const business = parseJson(headers.get('x-business-use-case-usage'));
  if (isRecord(business)) {
    for (const usages of Object.values(business)) {
      for (const usage of Array.isArray(usages) ? usages : []) {
        percent = Math.max(percent, highestPercent(usage));
        const regain = isRecord(usage) ? Number(usage.estimated_time_to_regain_access) : 0;
        if (Number.isFinite(regain)) regainMinutes = Math.max(regainMinutes, regain);
      }
    }
  }
  if (regainMinutes > 0) return { percent, waitMs: regainMinutes * MINUTE_MS };
  return percent >= 100 ? { percent, waitMs: DEFAULT_GRAPH_WAIT_MS } : { percent };
}

function highestPercent(usage: unknown): number {
  if (!isRecord(usage)) return 0;
  const values = PERCENT_FIELDS.map((field) => Number(usage[field])).filter(Number.isFinite);
  return Math.max(0, ...values);
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // A header Meta garbled must not fail the call it came with.
    return undefined;
  }
}
