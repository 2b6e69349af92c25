import { describe, expect, it } from 'vitest';
import { createMemoryStore, DEDUPE_TTL_MS } from '../../src/store/memory-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('createMemoryStore', async () => {
  let now = Date.parse('2026-11-20T09:00:00Z');
  return {
    store: createMemoryStore({ now: () => now }),
    async elapse(ms) {
      now += ms;
    },
    async cleanup() {},
  };
});

describe('createMemoryStore', () => {
  it('claims a message id once when it is claimed twice', async () => {
    const store = createMemoryStore();
    expect(await store.claimMessage('m1')).toBe(true);
    expect(await store.claimMessage('m1')).toBe(false);
    expect(await store.claimMessage('m2')).toBe(true);
  });

  it('forgets a claim when its time to live has passed', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    await store.claimMessage('m1');
    now = DEDUPE_TTL_MS + 1;
    expect(await store.claimMessage('m1')).toBe(true);
  });

  it('runs the work of one conversation one at a time, in order, when called concurrently', async () => {
    const store = createMemoryStore();
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = store.withConversationLock('c1', async () => {
      events.push('first:start');
      await firstMayFinish;
      events.push('first:end');
    });
    const second = store.withConversationLock('c1', async () => {
      events.push('second:start');
    });
    const other = store.withConversationLock('c2', async () => {
      events.push('other');
    });
    await other;
    expect(events).toEqual(['first:start', 'other']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(['first:start', 'other', 'first:end', 'second:start']);
  });

  it('keeps the lock usable when a holder throws', async () => {
    const store = createMemoryStore();
    await expect(store.withConversationLock('c1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(store.withConversationLock('c1', async () => 'next')).resolves.toBe('next');
  });

  it('returns a copy of the saved conversation, so callers cannot change it behind its back', async () => {
    const store = createMemoryStore();
    expect(await store.loadConversation('c1')).toBeUndefined();
    await store.saveConversation('c1', { mode: 'awaiting_agent', customerPosts: 2, updatedAt: '2026-11-20T09:00:00Z' });
    const loaded = await store.loadConversation('c1');
    loaded!.customerPosts = 99;
    expect(await store.loadConversation('c1')).toMatchObject({ mode: 'awaiting_agent', customerPosts: 2 });
  });
});
