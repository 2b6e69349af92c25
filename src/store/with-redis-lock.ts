// A conversation lock shared by replicas: a Redis key holding a random token (SET NX PX), taken
// with a bounded retry loop, renewed while the work runs, released only by its token.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { callRedis } from './call-redis.ts';
import { DELETE_IF_EQUAL, runScript, TAKE_OR_RENEW } from './redis-scripts.ts';
import { LockTimeoutError } from './store-errors.ts';

/** First pause between two attempts: a typical holder finishes in tens of ms. */
const FIRST_RETRY_DELAY_MS = 10;
/** Longest pause between two attempts: bounds both the wait after a release and Redis load. */
const MAX_RETRY_DELAY_MS = 500;
/** Renewals per TTL: renewing at a third leaves room for two failed renewals before it lapses. */
const RENEWALS_PER_TTL = 3;

export interface RedisLockOptions {
  ttlMs: number;
  waitMs: number;
  now: () => number;
}

/**
 * Runs `work` while holding `lockKey`; `work` never starts without the lock. Throws
 * LockTimeoutError when another holder keeps it longer than `waitMs`, StoreUnavailableError when
 * Redis fails while taking it. While `work` runs the lock is renewed every ttl/3, so a slow
 * message keeps it; if Redis is unreachable for longer than the TTL the lock lapses and another
 * replica may start on the conversation before `work` ends (the work cannot be interrupted; the
 * dedupe and delivery marks still prevent a double send). Releasing is a compare-and-delete on
 * the token, so a lapsed holder never deletes the next holder's lock; a failed release is
 * ignored because the lock expires by itself within its TTL.
 */
export async function withRedisLock<T>(
  redis: Redis,
  lockKey: string,
  work: () => Promise<T>,
  options: RedisLockOptions,
): Promise<T> {
  const token = randomUUID();
  await acquire(redis, lockKey, token, options);
  const renewal = setInterval(() => {
    runScript(redis, TAKE_OR_RENEW, [lockKey], [token, options.ttlMs]).catch(() => undefined);
  }, Math.max(1, Math.floor(options.ttlMs / RENEWALS_PER_TTL)));
  // A renewal timer must never keep a stopping process alive.
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await runScript(redis, DELETE_IF_EQUAL, [lockKey], [token]).catch(() => undefined);
  }
}

async function acquire(redis: Redis, lockKey: string, token: string, options: RedisLockOptions): Promise<void> {
  const startedAt = options.now();
  for (let attempt = 0; ; attempt++) {
    // The same token on every attempt: if a reply was lost after Redis set the key, the next
    // attempt sees its own token and counts as taken.
    const taken = await callRedis('lock', () => runScript(redis, TAKE_OR_RENEW, [lockKey], [token, options.ttlMs]))
      .catch(async (error: unknown) => {
        // Redis may have set the key before failing to answer: give it back if we can.
        await runScript(redis, DELETE_IF_EQUAL, [lockKey], [token]).catch(() => undefined);
        throw error;
      });
    if (taken === 1) return;
    const waited = options.now() - startedAt;
    if (waited >= options.waitMs) throw new LockTimeoutError(lockKey, options.waitMs);
    const backoff = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** attempt);
    // Jitter so waiters on several replicas do not retry in lockstep.
    const pause = backoff / 2 + Math.random() * (backoff / 2);
    await delay(Math.min(pause, Math.max(1, options.waitMs - waited)));
  }
}
