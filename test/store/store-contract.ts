// The behaviour every ConversationStore & DeliveryStore must have, run against each
// implementation (memory-store.test.ts, redis-store.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationStore, DeliveryStore, VectorCache } from '../../src/core/ports.ts';
import type { InsightStore } from '../../src/insights/insight-store.ts';
import {
  CONVERSATION_TTL_MS,
  DAILY_COUNTERS_TTL_MS,
  DECISION_TTL_MS,
  DEDUPE_TTL_MS,
  DELIVERY_TTL_MS,
  GAP_TTL_MS,
  HISTORY_TTL_MS,
  VECTOR_TTL_MS,
} from '../../src/store/store-ttls.ts';
import { MAX_HISTORY_TURNS, MAX_TURN_CHARS } from '../../src/store/history-turn.ts';
import { MAX_GAPS_PER_DAY } from '../../src/store/gap-record.ts';
import { aConversation, aGap, aHandoff, aReply } from './builders.ts';

export type Store = ConversationStore & DeliveryStore & InsightStore & VectorCache;

export interface StoreUnderTest {
  store: Store;
  /** Makes `ms` pass for every TTL and hold the store keeps. */
  elapse(ms: number): Promise<void>;
  /** Another store over the same shared state (a second replica); only for shared stores. */
  openReplica?: () => Promise<Store>;
  cleanup(): Promise<void>;
}

/** Margin around a TTL: far from its edge, so real milliseconds spent by the test never matter. */
const MARGIN_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} (store contract)`, () => {
    let subject: StoreUnderTest;
    let store: Store;

    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    describe('claimMessage', () => {
      it('claims a message id once when it is claimed twice', async () => {
        expect(await store.claimMessage('m1')).toBe(true);
        expect(await store.claimMessage('m1')).toBe(false);
        expect(await store.claimMessage('m2')).toBe(true);
      });

      it('claims a message id once when claimed concurrently', async () => {
        const claims = await Promise.all([1, 2, 3, 4].map(() => store.claimMessage('m1')));
        expect(claims.filter(Boolean)).toHaveLength(1);
      });

      it('remembers a claim until DEDUPE_TTL_MS has passed, then forgets it', async () => {
        await store.claimMessage('m1');
        await subject.elapse(DEDUPE_TTL_MS - MARGIN_MS);
        expect(await store.claimMessage('m1')).toBe(false);
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.claimMessage('m1')).toBe(true);
      });
    });

    describe('withConversationLock', () => {
      it('returns what the work returns when the lock is free', async () => {
        await expect(store.withConversationLock('c1', async () => 'done')).resolves.toBe('done');
      });

      it('runs the work of one conversation one at a time, in call order, when called concurrently', async () => {
        const events: string[] = [];
        const gate = openableGate();
        const first = store.withConversationLock('c1', async () => {
          events.push('first:start');
          await gate.opened;
          events.push('first:end');
        });
        const second = store.withConversationLock('c1', async () => {
          events.push('second');
        });
        const third = store.withConversationLock('c1', async () => {
          events.push('third');
        });
        await store.withConversationLock('c2', async () => {
          events.push('other conversation');
        });
        expect(events).toEqual(['first:start', 'other conversation']);
        gate.open();
        await Promise.all([first, second, third]);
        expect(events).toEqual(['first:start', 'other conversation', 'first:end', 'second', 'third']);
      });

      it('rejects with the error and frees the lock when the work throws', async () => {
        await expect(
          store.withConversationLock('c1', async () => Promise.reject(new Error('boom'))),
        ).rejects.toThrow('boom');
        await expect(store.withConversationLock('c1', async () => 'next')).resolves.toBe('next');
      });
    });

    describe('loadVectors and saveVectors', () => {
      const asFloat32 = (vector: number[]) => vector.map((value) => Math.fround(value));

      it('loads nothing for keys never saved, in the order asked', async () => {
        expect(await store.loadVectors(['a', 'b'])).toEqual([undefined, undefined]);
        expect(await store.loadVectors([])).toEqual([]);
      });

      it('loads each saved vector at float32 precision, in the order asked, when some keys are missing', async () => {
        const first = [0.1, -0.25, 1 / 3];
        const second = [0.5, 0.000123, -2];
        await store.saveVectors([
          { key: 'v1', vector: first },
          { key: 'v2', vector: second },
        ]);
        await store.saveVectors([]);
        expect(await store.loadVectors(['v2', 'missing', 'v1'])).toEqual([asFloat32(second), undefined, asFloat32(first)]);
      });

      it('forgets a vector after VECTOR_TTL_MS', async () => {
        await store.saveVectors([{ key: 'v1', vector: [1, 2] }]);
        await subject.elapse(VECTOR_TTL_MS - MARGIN_MS);
        expect(await store.loadVectors(['v1'])).toEqual([[1, 2]]);
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.loadVectors(['v1'])).toEqual([undefined]);
      });
    });

    describe('loadConversation and saveConversation', () => {
      it('loads nothing when the conversation was never saved', async () => {
        expect(await store.loadConversation('c1')).toBeUndefined();
      });

      it('loads what was saved, reply address included, when saved then loaded', async () => {
        const state = aConversation({ mode: 'with_agent', customerPosts: 3 });
        await store.saveConversation('c1', state);
        expect(await store.loadConversation('c1')).toEqual(state);
        expect(await store.loadConversation('c2')).toBeUndefined();
      });

      it('keeps the saved state when a caller changes a loaded copy', async () => {
        await store.saveConversation('c1', aConversation({ customerPosts: 2 }));
        const loaded = await store.loadConversation('c1');
        loaded!.customerPosts = 99;
        expect(await store.loadConversation('c1')).toMatchObject({ customerPosts: 2 });
      });

      it('replaces the state when saved again', async () => {
        await store.saveConversation('c1', aConversation({ mode: 'bot' }));
        await store.saveConversation('c1', aConversation({ mode: 'awaiting_agent', lang: 'en' }));
        expect(await store.loadConversation('c1')).toMatchObject({ mode: 'awaiting_agent', lang: 'en' });
      });

      it('forgets a conversation after CONVERSATION_TTL_MS without a save, each save restarting the time', async () => {
        await store.saveConversation('c1', aConversation());
        await subject.elapse(CONVERSATION_TTL_MS - MARGIN_MS);
        await store.saveConversation('c1', aConversation({ customerPosts: 2 }));
        await subject.elapse(CONVERSATION_TTL_MS - MARGIN_MS);
        expect(await store.loadConversation('c1')).toMatchObject({ customerPosts: 2 });
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.loadConversation('c1')).toBeUndefined();
      });
    });

    describe('appendTurn and loadTurns', () => {
      const turn = (id: string, text = `post ${id}`) => ({ from: 'customer' as const, text, at: '2026-11-20T09:00:00.000Z', id });

      it('loads no turns when the conversation has no history', async () => {
        expect(await store.loadTurns('c1')).toEqual([]);
      });

      it('loads the turns oldest first, each field kept, when turns were appended', async () => {
        await store.appendTurn('c1', turn('m1'));
        await store.appendTurn('c1', { from: 'bot', text: 'Ciao!', at: '2026-11-20T09:00:01.000Z', id: 'm1#0', kind: 'reply' });
        await store.appendTurn('c1', { from: 'referenced', text: 'our post', at: '2026-11-20T08:00:00.000Z', author: 'LumoAiuta' });
        expect(await store.loadTurns('c1')).toEqual([
          turn('m1'),
          { from: 'bot', text: 'Ciao!', at: '2026-11-20T09:00:01.000Z', id: 'm1#0', kind: 'reply' },
          { from: 'referenced', text: 'our post', at: '2026-11-20T08:00:00.000Z', author: 'LumoAiuta' },
        ]);
        expect(await store.loadTurns('c2')).toEqual([]);
      });

      it('keeps one turn when a turn with the same id is appended again (a retried message)', async () => {
        await store.appendTurn('c1', turn('m1'));
        await store.appendTurn('c1', turn('m1', 'the same post, retried'));
        expect(await store.loadTurns('c1')).toEqual([turn('m1')]);
      });

      it('keeps the newest MAX_HISTORY_TURNS turns when more are appended', async () => {
        for (let index = 0; index < MAX_HISTORY_TURNS + 5; index += 1) await store.appendTurn('c1', turn(`m${index}`));
        const kept = await store.loadTurns('c1');
        expect(kept).toHaveLength(MAX_HISTORY_TURNS);
        expect(kept[0]?.id).toBe('m5');
        expect(kept.at(-1)?.id).toBe(`m${MAX_HISTORY_TURNS + 4}`);
      });

      it('masks personal data and cuts long texts when a turn is kept', async () => {
        await store.appendTurn('c1', turn('m1', 'carta 4111 1111 1111 1111, mail mario.rossi@example.it, IBAN IT60X0542811101000000123456'));
        await store.appendTurn('c1', turn('m2', 'x'.repeat(MAX_TURN_CHARS * 2)));
        const [masked, long] = await store.loadTurns('c1');
        expect(masked?.text).toBe('carta **** **** **** 1111, mail m***@example.it, IBAN ***********************3456');
        expect(long?.text).toHaveLength(MAX_TURN_CHARS);
      });

      it('forgets a history after HISTORY_TTL_MS without an append, each append restarting the time', async () => {
        await store.appendTurn('c1', turn('m1'));
        await subject.elapse(HISTORY_TTL_MS - MARGIN_MS);
        await store.appendTurn('c1', turn('m2'));
        await subject.elapse(HISTORY_TTL_MS - MARGIN_MS);
        expect(await store.loadTurns('c1')).toHaveLength(2);
        await subject.elapse(2 * MARGIN_MS);
        expect(await store.loadTurns('c1')).toEqual([]);
      });
    });

    describe('saveDecisionOnce', () => {
      it('returns the first decision when a message is decided twice', async () => {
        const first = [aReply({ text: 'first' })];
        expect(await store.saveDecisionOnce('m1', first)).toEqual(first);
        expect(await store.saveDecisionOnce('m1', [aHandoff()])).toEqual(first);
        expect(await store.saveDecisionOnce('m2', [aHandoff()])).toEqual([aHandoff()]);
      });

      it('gives both callers the same decision when two decide concurrently', async () => {
        const [a, b] = await Promise.all([
          store.saveDecisionOnce('m1', [aReply({ text: 'a' })]),
          store.saveDecisionOnce('m1', [aReply({ text: 'b' })]),
        ]);
        expect(a).toEqual(b);
      });

      it('stores an empty decision as a decision when nothing is to be done', async () => {
        expect(await store.saveDecisionOnce('m1', [])).toEqual([]);
        expect(await store.saveDecisionOnce('m1', [aReply()])).toEqual([]);
      });

      it('keeps the stored decision when a caller changes a returned copy', async () => {
        const returned = await store.saveDecisionOnce('m1', [aReply({ text: 'kept' })]);
        returned.pop();
        expect(await store.saveDecisionOnce('m1', [])).toEqual([aReply({ text: 'kept' })]);
      });

      it('forgets a decision after DECISION_TTL_MS', async () => {
        await store.saveDecisionOnce('m1', [aReply({ text: 'old' })]);
        await subject.elapse(DECISION_TTL_MS - MARGIN_MS);
        expect(await store.saveDecisionOnce('m1', [aReply({ text: 'new' })])).toEqual([aReply({ text: 'old' })]);
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.saveDecisionOnce('m1', [aReply({ text: 'new' })])).toEqual([aReply({ text: 'new' })]);
      });
    });

    describe('reserveDelivery, completeDelivery and releaseDelivery', () => {
      it('reserves a delivery for one caller and reports it in flight to the next', async () => {
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'reserved' });
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'in-flight' });
        expect(await store.reserveDelivery('m1', 1, 30_000)).toEqual({ state: 'reserved' });
        expect(await store.reserveDelivery('m2', 0, 30_000)).toEqual({ state: 'reserved' });
      });

      it('reserves for exactly one caller when reserved concurrently', async () => {
        const states = await Promise.all([1, 2, 3, 4].map(() => store.reserveDelivery('m1', 0, 30_000)));
        expect(states.filter((s) => s.state === 'reserved')).toHaveLength(1);
        expect(states.filter((s) => s.state === 'in-flight')).toHaveLength(3);
      });

      it('reports done with the delivery when the action was delivered', async () => {
        await store.reserveDelivery('m1', 0, 30_000);
        await store.completeDelivery('m1', 0, { id: 'tweet-9' });
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'done', delivery: { id: 'tweet-9' } });
      });

      it('records a delivery when it is completed without a reservation', async () => {
        await store.completeDelivery('m1', 2, { id: 'dm-3' });
        expect(await store.reserveDelivery('m1', 2, 30_000)).toEqual({ state: 'done', delivery: { id: 'dm-3' } });
      });

      it('lets a retry reserve again when the reservation is released', async () => {
        await store.reserveDelivery('m1', 0, 30_000);
        await store.releaseDelivery('m1', 0);
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'reserved' });
      });

      it('keeps a delivery done when it is released afterwards', async () => {
        await store.reserveDelivery('m1', 0, 30_000);
        await store.completeDelivery('m1', 0, { id: 'tweet-9' });
        await store.releaseDelivery('m1', 0);
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'done', delivery: { id: 'tweet-9' } });
      });

      it('does nothing when an unreserved delivery is released', async () => {
        await expect(store.releaseDelivery('m1', 0)).resolves.toBeUndefined();
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'reserved' });
      });

      it('lets another caller reserve when the hold has expired (a crashed sender)', async () => {
        await store.reserveDelivery('m1', 0, 5_000);
        await subject.elapse(4_000);
        expect(await store.reserveDelivery('m1', 0, 5_000)).toEqual({ state: 'in-flight' });
        await subject.elapse(1_001);
        expect(await store.reserveDelivery('m1', 0, 5_000)).toEqual({ state: 'reserved' });
      });

      it('forgets a delivery after DELIVERY_TTL_MS', async () => {
        await store.completeDelivery('m1', 0, { id: 'tweet-9' });
        await subject.elapse(DELIVERY_TTL_MS - MARGIN_MS);
        expect(await store.reserveDelivery('m1', 0, 30_000)).toMatchObject({ state: 'done' });
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'reserved' });
      });
    });

    describe('getCursor and setCursor', () => {
      it('returns nothing when no cursor was set', async () => {
        expect(await store.getCursor('twitter:mentions')).toBeUndefined();
      });

      it('returns the last value set, per name, when set twice', async () => {
        await store.setCursor('twitter:mentions', '1860001');
        await store.setCursor('twitter:mentions', '1860002');
        await store.setCursor('twitter:dms', 'abc');
        expect(await store.getCursor('twitter:mentions')).toBe('1860002');
        expect(await store.getCursor('twitter:dms')).toBe('abc');
      });

      it('keeps a cursor when a year has passed', async () => {
        await store.setCursor('twitter:mentions', '1860001');
        await subject.elapse(365 * DAY_MS);
        expect(await store.getCursor('twitter:mentions')).toBe('1860001');
      });
    });

    describe('holdLease and releaseLease', () => {
      it('gives a free lease to the first owner and refuses it to others while held', async () => {
        expect(await store.holdLease('poller', 'replica-a', 10_000)).toBe(true);
        expect(await store.holdLease('poller', 'replica-b', 10_000)).toBe(false);
        expect(await store.holdLease('other-poller', 'replica-b', 10_000)).toBe(true);
      });

      it('extends the lease when its owner renews it before it expires', async () => {
        await store.holdLease('poller', 'replica-a', 10_000);
        await subject.elapse(6_000);
        expect(await store.holdLease('poller', 'replica-a', 10_000)).toBe(true);
        await subject.elapse(6_000);
        expect(await store.holdLease('poller', 'replica-b', 10_000)).toBe(false);
      });

      it('lets another owner take the lease when it expired', async () => {
        await store.holdLease('poller', 'replica-a', 10_000);
        await subject.elapse(10_001);
        expect(await store.holdLease('poller', 'replica-b', 10_000)).toBe(true);
        expect(await store.holdLease('poller', 'replica-a', 10_000)).toBe(false);
      });

      it('frees the lease only when its owner releases it', async () => {
        await store.holdLease('poller', 'replica-a', 10_000);
        await store.releaseLease('poller', 'replica-b');
        expect(await store.holdLease('poller', 'replica-b', 10_000)).toBe(false);
        await store.releaseLease('poller', 'replica-a');
        expect(await store.holdLease('poller', 'replica-b', 10_000)).toBe(true);
      });
    });

    describe('ping', () => {
      it('resolves when the store is reachable', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });

    describe('recordGap and loadGaps', () => {
      it('loads the gaps of the days asked for, in the order of the days, when gaps were recorded on several days', async () => {
        await store.recordGap(aGap({ at: '2026-11-20T09:00:00Z', question: 'a' }));
        await store.recordGap(aGap({ at: '2026-11-21T09:00:00Z', question: 'b' }));
        await store.recordGap(aGap({ at: '2026-11-20T23:59:00Z', question: 'c', closest: { id: 'ricarica', confidence: 0.41 } }));
        await store.recordGap(aGap({ at: '2026-11-22T09:00:00Z', question: 'd' }));
        expect((await store.loadGaps(['2026-11-21', '2026-11-20'])).map((gap) => gap.question)).toEqual(['b', 'a', 'c']);
        expect((await store.loadGaps(['2026-11-20']))[1]).toEqual(aGap({ at: '2026-11-20T23:59:00Z', question: 'c', closest: { id: 'ricarica', confidence: 0.41 } }));
        expect(await store.loadGaps(['2026-11-19'])).toEqual([]);
      });

      it('keeps no personal data nor handles when a question carries them', async () => {
        await store.recordGap(aGap({ question: '@mario_rossi scrivete a mario.rossi@example.it o al 347 123 4567?' }));
        const [gap] = await store.loadGaps(['2026-11-20']);
        expect(gap?.question).toBe('@… scrivete a [email] o al [phone]?');
      });

      it('keeps the first MAX_GAPS_PER_DAY gaps of a day when more are recorded', async () => {
        for (let index = 0; index <= MAX_GAPS_PER_DAY; index += 1) await store.recordGap(aGap({ question: `q${index}` }));
        const kept = await store.loadGaps(['2026-11-20']);
        expect(kept).toHaveLength(MAX_GAPS_PER_DAY);
        expect(kept.at(-1)?.question).toBe(`q${MAX_GAPS_PER_DAY - 1}`);
      });

      it('forgets a day of gaps GAP_TTL_MS after its last gap', async () => {
        await store.recordGap(aGap({ question: 'first' }));
        await subject.elapse(GAP_TTL_MS - MARGIN_MS);
        await store.recordGap(aGap({ question: 'second' }));
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.loadGaps(['2026-11-20'])).toHaveLength(2);
        await subject.elapse(GAP_TTL_MS);
        expect(await store.loadGaps(['2026-11-20'])).toEqual([]);
      });
    });

    describe('addDailyCounters and loadDailyCounters', () => {
      it('adds up the counters of each day when added to several times, concurrently too', async () => {
        await Promise.all([
          store.addDailyCounters('2026-11-20', { posts: 1, 'posts:twitter': 1 }),
          store.addDailyCounters('2026-11-20', { posts: 2 }),
          store.addDailyCounters('2026-11-21', { posts: 5 }),
        ]);
        expect(await store.loadDailyCounters(['2026-11-20', '2026-11-21', '2026-11-22'])).toEqual({
          '2026-11-20': { posts: 3, 'posts:twitter': 1 },
          '2026-11-21': { posts: 5 },
          '2026-11-22': {},
        });
      });

      it('refuses an increment that is not a whole number', async () => {
        await expect(store.addDailyCounters('2026-11-20', { seconds: 1.5 })).rejects.toThrow(/not a whole number/);
      });

      it('forgets a day\'s counters DAILY_COUNTERS_TTL_MS after the last add', async () => {
        await store.addDailyCounters('2026-11-20', { posts: 1 });
        await subject.elapse(DAILY_COUNTERS_TTL_MS - MARGIN_MS);
        expect(await store.loadDailyCounters(['2026-11-20'])).toEqual({ '2026-11-20': { posts: 1 } });
        await subject.elapse(MARGIN_MS + 1);
        expect(await store.loadDailyCounters(['2026-11-20'])).toEqual({ '2026-11-20': {} });
      });
    });
  });
}

export interface SharedStoreUnderTest extends StoreUnderTest {
  /** Another store over the same shared state: a second replica of the service. */
  openReplica(): Promise<Store>;
}

/** What stores shared by several replicas add: every replica sees the others' facts. */
export function describeSharedStoreContract(name: string, makeStore: () => Promise<SharedStoreUnderTest>): void {
  describe(`${name} (shared store contract)`, () => {
    let subject: SharedStoreUnderTest;
    let a: Store;
    let b: Store;

    beforeEach(async () => {
      subject = await makeStore();
      a = subject.store;
      b = await subject.openReplica();
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it('refuses a claim to a replica when another replica claimed the message', async () => {
      expect(await a.claimMessage('m1')).toBe(true);
      expect(await b.claimMessage('m1')).toBe(false);
    });

    it('makes a replica wait for the lock while another replica holds it', async () => {
      const events: string[] = [];
      let inB: Promise<void> | undefined;
      await a.withConversationLock('c1', async () => {
        events.push('a:start');
        inB = b.withConversationLock('c1', async () => {
          events.push('b');
        });
        // Two round trips on b's connection: its first attempt at the lock has been answered.
        await b.ping();
        await b.ping();
        events.push('a:end');
      });
      await inB;
      expect(events).toEqual(['a:start', 'a:end', 'b']);
    });

    it('shows a replica the conversation another replica saved', async () => {
      await a.saveConversation('c1', aConversation({ mode: 'with_agent' }));
      expect(await b.loadConversation('c1')).toEqual(aConversation({ mode: 'with_agent' }));
    });

    it('keeps one turn when two replicas append the same retried turn concurrently', async () => {
      const turn = { from: 'customer' as const, text: 'ancora rotto', at: '2026-11-20T09:00:00.000Z', id: 'm1' };
      await Promise.all([a.appendTurn('c1', turn), b.appendTurn('c1', turn)]);
      expect(await b.loadTurns('c1')).toEqual([turn]);
    });

    it('gives every replica the first decision when replicas decide concurrently', async () => {
      const [fromA, fromB] = await Promise.all([
        a.saveDecisionOnce('m1', [aReply({ text: 'a' })]),
        b.saveDecisionOnce('m1', [aReply({ text: 'b' })]),
      ]);
      expect(fromA).toEqual(fromB);
      expect(await b.saveDecisionOnce('m1', [])).toEqual(fromA);
    });

    it('shows a replica the reservations and deliveries of another', async () => {
      await a.reserveDelivery('m1', 0, 30_000);
      expect(await b.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'in-flight' });
      await a.completeDelivery('m1', 0, { id: 'tweet-9' });
      expect(await b.reserveDelivery('m1', 0, 30_000)).toEqual({ state: 'done', delivery: { id: 'tweet-9' } });
    });

    it('shows a replica the cursor another replica set', async () => {
      await a.setCursor('twitter:mentions', '1860002');
      expect(await b.getCursor('twitter:mentions')).toBe('1860002');
    });

    it('shows a replica the gaps and counters another recorded', async () => {
      await a.recordGap(aGap());
      await a.addDailyCounters('2026-11-20', { posts: 1 });
      expect(await b.loadGaps(['2026-11-20'])).toEqual([aGap()]);
      expect(await b.loadDailyCounters(['2026-11-20'])).toEqual({ '2026-11-20': { posts: 1 } });
    });

    it('lets one replica poll at a time and hands the lease over when released', async () => {
      expect(await a.holdLease('poller', 'replica-a', 10_000)).toBe(true);
      expect(await b.holdLease('poller', 'replica-b', 10_000)).toBe(false);
      await a.releaseLease('poller', 'replica-a');
      expect(await b.holdLease('poller', 'replica-b', 10_000)).toBe(true);
    });
  });
}

/** A promise a test opens when it decides, to hold work inside a lock. */
export function openableGate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
