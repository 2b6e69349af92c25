// Time travel for Redis TTLs in tests: shortens every key under a prefix by `ms` (deleting those
// it would expire), exactly what waiting `ms` would do to them, without waiting.
import type { Redis } from 'ioredis';

export async function elapseRedisTime(redis: Redis, prefix: string, ms: number): Promise<void> {
  for (const key of await listKeys(redis, prefix)) {
    const left = await redis.pttl(key);
    if (left < 0) continue; // no TTL (cursors) or already gone
    if (left <= ms) await redis.del(key);
    else await redis.pexpire(key, left - ms);
  }
}

export async function listKeys(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}
