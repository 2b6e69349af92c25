// Opens the Redis connection the store needs: it fails fast while Redis is unreachable (instead
// of queueing commands and hanging a message) and reconnects by itself in the background.
import { Redis } from 'ioredis';
import { StoreUnavailableError } from './store-errors.ts';

/** Longest a store command may take; a healthy Redis answers in about a millisecond. */
const COMMAND_TIMEOUT_MS = 2_000;
/** Longest wait for a TCP connection and Redis' ready check. */
const CONNECT_TIMEOUT_MS = 5_000;
/**
 * Reconnection attempts a command sent before a disconnect waits for before it fails: one, so a
 * blip is ridden out but an outage fails the command within about a second.
 */
const MAX_RETRIES_PER_REQUEST = 1;
/** First pause before reconnecting, doubled on each failed attempt. */
const RECONNECT_FIRST_DELAY_MS = 50;
/** Longest pause between reconnection attempts: the store is back within a second of Redis. */
const RECONNECT_MAX_DELAY_MS = 1_000;

export interface ConnectRedisOptions {
  /** Connection errors while (re)connecting, e.g. to log them; they are not thrown anywhere. */
  onError?: (error: Error) => void;
  /** The connection is usable again after it was lost (an outage is over). */
  onReconnect?: () => void;
}

/**
 * Connects to `url` (redis://[user:password@]host:port[/db], rediss:// for TLS) and resolves
 * once Redis is ready; rejects with StoreUnavailableError when it cannot be reached now.
 */
export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: MAX_RETRIES_PER_REQUEST,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(RECONNECT_FIRST_DELAY_MS * 2 ** (attempt - 1), RECONNECT_MAX_DELAY_MS),
  });
  // Without a listener ioredis prints every reconnection error to the console.
  redis.on('error', (error: Error) => options.onError?.(error));
  try {
    await redis.connect();
    // Registered after the first connection: every later "ready" ends an outage.
    redis.on('ready', () => options.onReconnect?.());
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new StoreUnavailableError(`connect to ${redactPassword(url)}`, error);
  }
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured Redis URL';
  }
}
