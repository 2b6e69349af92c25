import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/store/connect-redis.ts';
import { createRedisKeys } from '../../src/store/redis-keys.ts';
import { createRedisStore, type RedisStore, type RedisStoreOptions } from '../../src/store/redis-store.ts';
import { LockTimeoutError, StoreUnavailableError } from '../../src/store/store-errors.ts';
import {
  CONVERSATION_TTL_MS,
  DECISION_TTL_MS,
  DEDUPE_TTL_MS,
  DELIVERY_TTL_MS,
  LOCK_TTL_MS,
} from '../../src/store/store-ttls.ts';
import { startRedis, type TestRedis } from '../support/start-redis.ts';
import { aConversation, aReply } from './builders.ts';
import { describeSharedStoreContract, describeStoreContract, openableGate } from './store-contract.ts';
import { elapseRedisTime, listKeys } from './redis-time.ts';

let server: TestRedis;
let admin: Redis;
const opened: RedisStore[] = [];

beforeAll(async () => {
  server = await startRedis();
  admin = new Redis(server.url);
});

afterAll(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  admin?.disconnect();
  await server?.stop();
});

function uniquePrefix(): string {
  return `pronto-test:${randomUUID()}:`;
}

async function openStore(prefix: string, options: Omit<RedisStoreOptions, 'prefix'> = {}): Promise<RedisStore> {
  const store = createRedisStore(await connectRedis(server.url), { prefix, ...options });
  opened.push(store);
  return store;
}

async function makeSubject() {
  const prefix = uniquePrefix();
  return {
    store: await openStore(prefix),
    elapse: (ms: number) => elapseRedisTime(admin, prefix, ms),
    openReplica: () => openStore(prefix),
    async cleanup() {
      const keys = await listKeys(admin, prefix);
      if (keys.length > 0) await admin.del(...keys);
    },
  };
}

describeStoreContract('createRedisStore', makeSubject);
describeSharedStoreContract('createRedisStore', makeSubject);

describe('createRedisStore', () => {
  let prefix: string;
  let keys: ReturnType<typeof createRedisKeys>;

  beforeEach(() => {
    prefix = uniquePrefix();
    keys = createRedisKeys(prefix);
  });

  it('keeps every fact under its prefix with the TTL of store-ttls.ts', async () => {
    const store = await openStore(prefix);
    await store.claimMessage('m1');
    await store.saveConversation('c1', aConversation());
    await store.saveDecisionOnce('m1', [aReply()]);
    await store.reserveDelivery('m1', 0, 45_000);
    await store.completeDelivery('m1', 1, { id: 'tweet-9' });
    await store.setCursor('twitter:mentions', '1860002');
    await store.holdLease('poller', 'replica-a', 20_000);
    const lockTtl = await store.withConversationLock('c1', () => admin.pttl(keys.lock('c1')));

    // PTTL right after a write: the TTL minus the few milliseconds the test took.
    expect({
      claim: await admin.pttl(keys.claim('m1')),
      conversation: await admin.pttl(keys.conversation('c1')),
      decision: await admin.pttl(keys.decision('m1')),
      reservation: await admin.pttl(keys.delivery('m1', 0)),
      delivery: await admin.pttl(keys.delivery('m1', 1)),
      lease: await admin.pttl(keys.lease('poller')),
      lock: lockTtl,
    }).toEqual({
      claim: expect.closeTo(DEDUPE_TTL_MS, -3),
      conversation: expect.closeTo(CONVERSATION_TTL_MS, -3),
      decision: expect.closeTo(DECISION_TTL_MS, -3),
      reservation: expect.closeTo(45_000, -3),
      delivery: expect.closeTo(DELIVERY_TTL_MS, -3),
      lease: expect.closeTo(20_000, -3),
      lock: expect.closeTo(LOCK_TTL_MS, -3),
    });
    expect(await admin.pttl(keys.cursor('twitter:mentions'))).toBe(-1);
    expect(await admin.exists(keys.lock('c1'))).toBe(0);
    expect((await listKeys(admin, prefix)).sort()).toEqual(
      [
        keys.claim('m1'),
        keys.conversation('c1'),
        keys.decision('m1'),
        keys.delivery('m1', 0),
        keys.delivery('m1', 1),
        keys.cursor('twitter:mentions'),
        keys.lease('poller'),
      ].sort(),
    );
  });

  it('keeps deployments with different prefixes apart when they share a Redis', async () => {
    const first = await openStore(prefix);
    const second = await openStore(uniquePrefix());
    await first.claimMessage('m1');
    await first.saveConversation('c1', aConversation());
    await first.setCursor('twitter:mentions', '1860002');
    await first.holdLease('poller', 'replica-a', 10_000);
    expect(await second.claimMessage('m1')).toBe(true);
    expect(await second.loadConversation('c1')).toBeUndefined();
    expect(await second.getCursor('twitter:mentions')).toBeUndefined();
    expect(await second.holdLease('poller', 'replica-b', 10_000)).toBe(true);
    const gate = openableGate();
    const holding = first.withConversationLock('c1', () => gate.opened);
    await first.ping();
    await first.ping();
    expect(await admin.exists(createRedisKeys(prefix).lock('c1'))).toBe(1);
    await expect(second.withConversationLock('c1', async () => 'not blocked')).resolves.toBe('not blocked');
    gate.open();
    await holding;
  });

  it('gives up with lock_timeout, without running the work, when another replica holds the lock too long', async () => {
    const holder = await openStore(prefix);
    const waiter = await openStore(prefix, { lockWaitMs: 50 });
    const gate = openableGate();
    const holding = holder.withConversationLock('c1', () => gate.opened);
    // Two round trips on the holder's connection: its lock attempt has been answered.
    await holder.ping();
    await holder.ping();
    let ran = false;
    const waiting = waiter.withConversationLock('c1', async () => {
      ran = true;
    });
    await expect(waiting).rejects.toBeInstanceOf(LockTimeoutError);
    await expect(waiting).rejects.toMatchObject({ code: 'lock_timeout' });
    expect(ran).toBe(false);
    gate.open();
    await holding;
  });

  it('renews the lock while the work outlives the lock TTL', async () => {
    const lockTtlMs = 150;
    const store = await openStore(prefix, { lockTtlMs });
    const seen = await store.withConversationLock('c1', async () => {
      const token = await admin.get(keys.lock('c1'));
      // Wait, bounded, for a renewal: the remaining TTL goes back up.
      let lowest = await admin.pttl(keys.lock('c1'));
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        const left = await admin.pttl(keys.lock('c1'));
        if (left > lowest) return { renewed: true, tokenKept: (await admin.get(keys.lock('c1'))) === token };
        lowest = Math.min(lowest, left);
      }
      return { renewed: false, tokenKept: false };
    });
    expect(seen).toEqual({ renewed: true, tokenKept: true });
  });

  it('deletes its lock when the work throws', async () => {
    const store = await openStore(prefix);
    await expect(store.withConversationLock('c1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await admin.exists(keys.lock('c1'))).toBe(0);
  });

  it('leaves the next holder’s lock alone when its own lock lapsed during the work', async () => {
    const store = await openStore(prefix);
    await store.withConversationLock('c1', async () => {
      await admin.set(keys.lock('c1'), 'next-holder-token', 'PX', 10_000);
    });
    expect(await admin.get(keys.lock('c1'))).toBe('next-holder-token');
  });

  it('rejects with store_corrupt when a key holds something Pronto did not write', async () => {
    const store = await openStore(prefix);
    await admin.set(keys.conversation('c1'), 'not json');
    await expect(store.loadConversation('c1')).rejects.toMatchObject({ code: 'store_corrupt' });
  });
});

describe('createRedisStore during a Redis outage', () => {
  let outageServer: TestRedis;
  let store: RedisStore;

  /** Resolves at the connection's next "ready" after an outage. */
  let reconnected: Promise<void>;

  beforeEach(async () => {
    outageServer = await startRedis();
    let onReconnect = () => {};
    reconnected = new Promise((resolve) => (onReconnect = resolve));
    store = createRedisStore(await connectRedis(outageServer.url, { onReconnect }), { prefix: uniquePrefix() });
  });
  afterEach(async () => {
    await store.close();
    await outageServer.stop();
  });

  it('rejects every method quickly with store_unavailable when Redis is down, and works again when it is back', async () => {
    await store.setCursor('twitter:mentions', '1');
    await outageServer.stop();

    let lockedWorkRan = false;
    const calls: Record<string, () => Promise<unknown>> = {
      claimMessage: () => store.claimMessage('m1'),
      withConversationLock: () =>
        store.withConversationLock('c1', async () => {
          lockedWorkRan = true;
        }),
      loadConversation: () => store.loadConversation('c1'),
      saveConversation: () => store.saveConversation('c1', aConversation()),
      saveDecisionOnce: () => store.saveDecisionOnce('m1', [aReply()]),
      reserveDelivery: () => store.reserveDelivery('m1', 0, 30_000),
      completeDelivery: () => store.completeDelivery('m1', 0, { id: 'tweet-9' }),
      releaseDelivery: () => store.releaseDelivery('m1', 0),
      getCursor: () => store.getCursor('twitter:mentions'),
      setCursor: () => store.setCursor('twitter:mentions', '2'),
      holdLease: () => store.holdLease('poller', 'replica-a', 10_000),
      releaseLease: () => store.releaseLease('poller', 'replica-a'),
      ping: () => store.ping(),
    };
    const startedAt = Date.now();
    const outcomes = await Promise.all(
      Object.entries(calls).map(async ([method, call]) => {
        const error = await call().then(
          () => undefined,
          (rejection: unknown) => rejection,
        );
        return { method, unavailable: error instanceof StoreUnavailableError && error.code === 'store_unavailable' };
      }),
    );
    const tookMs = Date.now() - startedAt;

    expect(outcomes.filter((outcome) => !outcome.unavailable)).toEqual([]);
    expect(lockedWorkRan).toBe(false);
    expect(tookMs).toBeLessThan(1_000);

    await outageServer.start();
    await reconnected;
    await store.ping();
    expect(await store.claimMessage('m1')).toBe(true);
    await store.saveConversation('c1', aConversation());
    expect(await store.loadConversation('c1')).toEqual(aConversation());
    await expect(store.withConversationLock('c1', async () => 'locked again')).resolves.toBe('locked again');
  });

  it('rejects a command in flight with store_unavailable when Redis dies before answering', async () => {
    // Redis holds every client's commands, so the claim is still unanswered when the server dies.
    const pauser = new Redis(outageServer.url);
    pauser.on('error', () => undefined);
    await pauser.call('CLIENT', 'PAUSE', '10000', 'ALL');
    const claim = store.claimMessage('m1');
    await outageServer.stop();
    await expect(claim).rejects.toBeInstanceOf(StoreUnavailableError);
    pauser.disconnect();
  });
});

describe('connectRedis', () => {
  it('rejects with store_unavailable, naming the URL without its password, when Redis is unreachable', async () => {
    const down = await startRedis();
    await down.stop();
    const attempt = connectRedis(`redis://:s3cret@127.0.0.1:${down.port}`);
    await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(attempt).rejects.toThrow(`redis://:***@127.0.0.1:${down.port}`);
    await expect(attempt).rejects.not.toThrow('s3cret');
  });
});
