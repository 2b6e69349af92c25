import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryTicketStore, createRedisTicketStore, type TicketStore } from '../../src/desk/ticket-store.ts';
import type { HandoffTicket } from '../../src/desk/handoff-ticket.ts';
import { startRedis, type TestRedis } from '../support/start-redis.ts';
import { aTicket as aBaseTicket } from '../support/builders.ts';

function aTicket(overrides: Partial<HandoffTicket> = {}): HandoffTicket {
  return aBaseTicket({
    conversationKey: 'twitter:c1',
    priority: 'high',
    reasons: ['faulty'],
    openedAt: '2026-11-20T09:00:00.000Z',
    deadlineAt: '2026-11-20T09:30:00.000Z',
    draft: 'Ciao Mario!',
    transcript: [{ from: 'customer', text: 'la fibra non va', at: '2026-11-20T09:00:00.000Z' }],
    ...overrides,
  });
}

function describeTicketStore(name: string, make: () => TicketStore) {
  describe(name, () => {
    it('loads a saved ticket by id, by conversation and by Slack thread', async () => {
      const store = make();
      const ticket = aTicket({ slack: { channel: 'C1', ts: '1700000000.000100' } });
      await store.save(ticket);
      expect(await store.load('t1')).toEqual(ticket);
      expect(await store.latestOf('twitter:c1')).toEqual(ticket);
      expect(await store.ofThread('C1', '1700000000.000100')).toEqual(ticket);
      expect(await store.ofThread('C1', '1700000000.000999')).toBeUndefined();
      expect(await store.load('nope')).toBeUndefined();
    });

    it('lists open and taken tickets, not resolved ones', async () => {
      const store = make();
      await store.save(aTicket({ id: 'a', conversationKey: 'twitter:a' }));
      await store.save(aTicket({ id: 'b', conversationKey: 'twitter:b', state: 'taken', takenBy: 'U1' }));
      await store.save(aTicket({ id: 'c', conversationKey: 'twitter:c' }));
      await store.save(aTicket({ id: 'c', conversationKey: 'twitter:c', state: 'resolved' }));
      expect((await store.listOpen()).map((t) => t.id).sort()).toEqual(['a', 'b']);
    });

    it('points a conversation at its latest ticket', async () => {
      const store = make();
      await store.save(aTicket({ id: 'old', state: 'resolved' }));
      await store.save(aTicket({ id: 'new' }));
      expect((await store.latestOf('twitter:c1'))?.id).toBe('new');
    });
  });
}

describeTicketStore('createMemoryTicketStore', createMemoryTicketStore);

describe('createRedisTicketStore', () => {
  let redis: TestRedis;
  let client: Redis;
  let prefixes = 0;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    await client.quit();
    await redis.stop();
  });
  describeTicketStore('on a real redis-server', () => createRedisTicketStore(client, `tickets${++prefixes}:`));

  it('keeps tickets with a TTL, so old ones do not pile up', async () => {
    const store = createRedisTicketStore(client, 'ttl:');
    await store.save(aTicket());
    expect(await client.pttl('ttl:ticket:t1')).toBeGreaterThan(29 * 24 * 3600 * 1000);
  });
});
