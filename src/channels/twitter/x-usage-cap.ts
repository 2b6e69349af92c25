// Once the X project's usage cap is reached, X refuses calls with a 429 of type
// `usage-capped` until the cap resets (monthly) or is raised in the developer console. Unlike a
// rate limit, a few minutes of waiting do not help: replies would wait forever. This remembers
// since when X refuses, so replies are handed to people after a bounded wait, and readiness and
// the logs say why. Reads and writes are tracked apart: X caps them separately (post reads,
// post creation), and reads that work say nothing about writes. Kept per process, not in the
// store: it is an observation of X, and a restarted process simply observes it again.
import type { Logger } from '../../core/ports.ts';
import { ChannelError } from '../../errors.ts';
import { X_USAGE_CAPPED } from './map-x-error.ts';

export type XCallKind = 'read' | 'write';

export interface XUsageCap {
  /** Notes a usage-capped answer from X (the first of an episode is logged); returns since when. */
  noteCapped(kind: XCallKind): number;
  /** Notes a call X accepted: the cap on that kind of call is lifted. */
  noteWorking(kind: XCallKind): void;
  /** When X began refusing calls of this kind (either, by default), while it does (epoch ms). */
  cappedSince(kind?: XCallKind): number | undefined;
  /**
   * The error a sender should act on: a usage-capped refusal becomes a wait until the handoff
   * time (retryAfterMs), then a final failure that hands the message to a person. Other errors
   * pass unchanged.
   */
  boundWait(error: ChannelError, kind: XCallKind): ChannelError;
  /** Throws, naming the cap and the fix, while X refuses (for /readyz). */
  assertNotCapped(): void;
}

export interface XUsageCapOptions {
  log: Logger;
  /** How long replies wait for the cap to lift before a person takes them (X_USAGE_CAP_HANDOFF_AFTER_MS). */
  handoffAfterMs: number;
  now?: () => number;
}

/** X's reset is in whole seconds: never ask for a retry sooner. */
const MIN_WAIT_MS = 1_000;
const FIX = 'raise the usage cap in the X developer console, or wait for its monthly reset';

export function createXUsageCap({ log, handoffAfterMs, now = Date.now }: XUsageCapOptions): XUsageCap {
  const since = new Map<XCallKind, number>();
  const noteCapped = (kind: XCallKind): number => {
    const known = since.get(kind);
    if (known !== undefined) return known;
    const at = now();
    since.set(kind, at);
    log.error({ calls: kind, since: new Date(at).toISOString(), handoffAfterMs, fix: FIX }, 'x.usage_capped');
    return at;
  };
  const cappedSince = (kind?: XCallKind): number | undefined => {
    const times = kind === undefined ? [...since.values()] : [since.get(kind)].filter((at) => at !== undefined);
    return times.length === 0 ? undefined : Math.min(...times);
  };
  return {
    noteCapped,
    noteWorking(kind) {
      const at = since.get(kind);
      if (at === undefined) return;
      log.info({ calls: kind, since: new Date(at).toISOString() }, 'x.usage_cap_lifted');
      since.delete(kind);
    },
    cappedSince,
    boundWait(error, kind) {
      if (error.code !== X_USAGE_CAPPED) return error;
      const left = noteCapped(kind) + handoffAfterMs - now();
      if (left <= 0) {
        return new ChannelError(X_USAGE_CAPPED, `X's usage cap is reached, so a person takes this over: ${FIX}`, {
          cause: error,
          status: error.status,
          retryable: false,
        });
      }
      const wait = Math.max(MIN_WAIT_MS, Math.min(left, error.retryAfterMs ?? left));
      return new ChannelError(X_USAGE_CAPPED, error.message, { cause: error, status: error.status, retryAfterMs: wait });
    },
    assertNotCapped() {
      const at = cappedSince();
      if (at === undefined) return;
      const kinds = [...since.keys()].join(' and ');
      throw new Error(`X's usage cap is reached since ${new Date(at).toISOString()}: X refuses ${kinds}s, replies go to agents; ${FIX}`);
    },
  };
}
