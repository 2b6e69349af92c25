// Stops calling an endpoint that keeps failing, so messages stop waiting for it: while open,
// every message gets the offline text at once. After a pause one call is let through (half
// open): a success closes the breaker, a failure opens it again. A 429 opens it for as long as
// the endpoint asked (retry-after), so it is never called back sooner.

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive endpoint failures that open the breaker. */
  failuresToOpen?: number;
  /** How long it stays open before one trial call. */
  openMs?: number;
  now?: () => number;
}

export interface CircuitBreaker {
  /** Whether a call may go out now (in half-open state, only the one trial call). */
  tryAcquire(): boolean;
  /**
   * How long until `tryAcquire` can let a call through: 0 now, the rest of the pause while
   * open, undefined while another caller's trial is out (its outcome decides).
   */
  msUntilCallable(): number | undefined;
  succeeded(): void;
  /** An endpoint failure; `pauseMs` (a 429's retry-after) keeps it closed to calls at least that long. */
  failed(pauseMs?: number): void;
  state(): BreakerState;
}

/**
 * Three timeouts or 5xx in a row is an endpoint in trouble, not bad luck; fewer would open on a
 * single slow reply under load.
 */
const DEFAULT_FAILURES_TO_OPEN = 3;
/** Long enough for a restarting local server or a provider's blip; short enough to notice recovery. */
const DEFAULT_OPEN_MS = 30_000;

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const failuresToOpen = options.failuresToOpen ?? DEFAULT_FAILURES_TO_OPEN;
  const openMs = options.openMs ?? DEFAULT_OPEN_MS;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openUntil = 0;
  let trialInFlight = false;

  const state = (): BreakerState => {
    if (openUntil === 0) return 'closed';
    return now() < openUntil ? 'open' : 'half-open';
  };

  return {
    tryAcquire() {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    msUntilCallable() {
      const current = state();
      if (current === 'open') return Math.ceil(openUntil - now());
      return current === 'half-open' && trialInFlight ? undefined : 0;
    },
    succeeded() {
      failures = 0;
      openUntil = 0;
      trialInFlight = false;
    },
    failed(pauseMs) {
      failures += 1;
      const reopen = trialInFlight || failures >= failuresToOpen;
      trialInFlight = false;
      const until = Math.max(reopen ? now() + openMs : 0, pauseMs === undefined ? 0 : now() + pauseMs);
      if (until > 0) openUntil = Math.max(openUntil, until);
    },
    state,
  };
}
