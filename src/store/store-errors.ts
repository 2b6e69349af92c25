// The failures a store reports, as ProntoErrors with stable codes.
import { ProntoError } from '../errors.ts';

/**
 * The store could not be reached or did not answer (Redis down, restarting, unreachable, too
 * slow). The operation did not complete as far as the caller knows; it must not ack the inbound
 * message or advance a cursor, and should retry later (queue backoff): the platform or queue
 * redelivers, dedupe and saved decisions make the retry safe, so nothing is lost or sent twice.
 */
export class StoreUnavailableError extends ProntoError {
  constructor(operation: string, cause: unknown) {
    super(
      'store_unavailable',
      `The store did not answer (${operation}): ${describeCause(cause)}. Retry later; check that Redis is running and reachable.`,
      { cause },
    );
  }
}

/**
 * Another worker held a conversation's lock for longer than the caller may wait. Its work did
 * not run; retry later (the holder is either slow or crashed, and a crashed holder's lock
 * expires by itself).
 */
export class LockTimeoutError extends ProntoError {
  constructor(lockName: string, waitedMs: number) {
    super(
      'lock_timeout',
      `The lock ${lockName} is still held by another worker after ${waitedMs} ms; the work did not run. Retry later.`,
    );
  }
}

function describeCause(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.replace(/\.+$/, '');
}
