// What the service tests share: one real redis-server per test file (started before its first
// test, stopped after its last), a key prefix per test so tests on that server never see each
// other's state, and what each test started (services, fakes) stopped after it, last first.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startRedis, type TestRedis } from './start-redis.ts';

export interface RedisPerFile {
  /** The file's redis-server; set once the file's tests run. */
  readonly redis: TestRedis;
  /** Stopped after the current test, last pushed first. */
  cleanups: (() => Promise<unknown>)[];
  /** A prefix no other test of the file uses: `name1:`, `name2:`... */
  nextPrefix(name: string): string;
}

export function useRedisPerFile(): RedisPerFile {
  let redis: TestRedis | undefined;
  let prefixes = 0;
  const cleanups: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    get redis() {
      if (redis === undefined) throw new Error('the redis-server starts before the first test: read it inside tests and hooks');
      return redis;
    },
    cleanups,
    nextPrefix: (name) => `${name}${(prefixes += 1)}:`,
  };
}
