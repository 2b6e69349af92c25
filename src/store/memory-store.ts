// The default store: everything in this process. Right for the CLI, tests and a single
// instance; use the Redis store when several replicas share the work or state must survive a
// restart. Facts expire after the same TTLs as in Redis (store-ttls.ts), on an injectable clock.
import type { Action } from '../core/model.ts';
import type {
  ConversationState,
  ConversationStore,
  ConversationTurn,
  Delivery,
  DeliveryStore,
  VectorCache,
} from '../core/ports.ts';
import type { DailyCounters, InsightStore, KnowledgeGap } from '../insights/insight-store.ts';
import { createExpiringMap } from './expiring-map.ts';
import { createTurnQueue } from './create-turn-queue.ts';
import {
  CONVERSATION_TTL_MS,
  DECISION_TTL_MS,
  DEDUPE_TTL_MS,
  DAILY_COUNTERS_TTL_MS,
  DELIVERY_TTL_MS,
  GAP_TTL_MS,
  HISTORY_TTL_MS,
  VECTOR_TTL_MS,
} from './store-ttls.ts';
import { appendToHistory } from './history-turn.ts';
import { MAX_GAPS_PER_DAY, checkIncrements, gapDayOf, toStoredGap } from './gap-record.ts';

export { DEDUPE_TTL_MS } from './store-ttls.ts';

export interface MemoryStoreOptions {
  /** Milliseconds since the epoch; inject to make TTLs and holds testable. */
  now?: () => number;
}

export type MemoryStore = ConversationStore & DeliveryStore & InsightStore & VectorCache;

type DeliveryMark = { state: 'reserved' } | { state: 'done'; delivery: Delivery };

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const now = options.now ?? Date.now;
  const claims = createExpiringMap<true>(now);
  const conversations = createExpiringMap<ConversationState>(now);
  const histories = createExpiringMap<ConversationTurn[]>(now);
  const decisions = createExpiringMap<Action[]>(now);
  const deliveries = createExpiringMap<DeliveryMark>(now);
  const leases = createExpiringMap<string>(now);
  const gaps = createExpiringMap<KnowledgeGap[]>(now);
  const counters = createExpiringMap<DailyCounters>(now);
  const vectors = createExpiringMap<Float32Array>(now);
  const cursors = new Map<string, string>();
  const turns = createTurnQueue();

  return {
    async claimMessage(messageId) {
      if (claims.get(messageId)) return false;
      claims.set(messageId, true, DEDUPE_TTL_MS);
      return true;
    },
    withConversationLock(key, work) {
      // One process: the turn queue alone is the lock (a holder cannot die without the process).
      return turns.run(key, work);
    },
    async loadConversation(key) {
      const state = conversations.get(key);
      return state === undefined ? undefined : structuredClone(state);
    },
    async saveConversation(key, state) {
      conversations.set(key, structuredClone(state), CONVERSATION_TTL_MS);
    },
    async appendTurn(key, turn) {
      histories.set(key, appendToHistory(histories.get(key) ?? [], turn), HISTORY_TTL_MS);
    },
    async loadTurns(key) {
      return structuredClone(histories.get(key) ?? []);
    },
    async saveDecisionOnce(messageId, actions) {
      const stored = decisions.get(messageId);
      if (stored !== undefined) return structuredClone(stored);
      decisions.set(messageId, structuredClone(actions), DECISION_TTL_MS);
      return structuredClone(actions);
    },
    async reserveDelivery(messageId, index, holdMs) {
      const key = deliveryKey(messageId, index);
      const mark = deliveries.get(key);
      if (mark?.state === 'done') return { state: 'done', delivery: { ...mark.delivery } };
      if (mark?.state === 'reserved') return { state: 'in-flight' };
      deliveries.set(key, { state: 'reserved' }, holdMs);
      return { state: 'reserved' };
    },
    async completeDelivery(messageId, index, delivery) {
      deliveries.set(deliveryKey(messageId, index), { state: 'done', delivery: { ...delivery } }, DELIVERY_TTL_MS);
    },
    async releaseDelivery(messageId, index) {
      const key = deliveryKey(messageId, index);
      if (deliveries.get(key)?.state === 'reserved') deliveries.delete(key);
    },
    async getCursor(name) {
      return cursors.get(name);
    },
    async setCursor(name, value) {
      cursors.set(name, value);
    },
    async holdLease(name, owner, ttlMs) {
      const holder = leases.get(name);
      if (holder !== undefined && holder !== owner) return false;
      leases.set(name, owner, ttlMs);
      return true;
    },
    async releaseLease(name, owner) {
      if (leases.get(name) === owner) leases.delete(name);
    },
    async ping() {},
    async recordGap(gap) {
      const day = gapDayOf(gap, now());
      const kept = gaps.get(day) ?? [];
      if (kept.length < MAX_GAPS_PER_DAY) kept.push(toStoredGap(gap));
      // The day's TTL restarts with each gap, as Redis's PEXPIRE on the day's list does.
      gaps.set(day, kept, GAP_TTL_MS);
    },
    async loadGaps(days) {
      return days.flatMap((day) => structuredClone(gaps.get(day) ?? []));
    },
    async addDailyCounters(day, increments) {
      checkIncrements(increments);
      const kept = counters.get(day) ?? {};
      for (const [name, value] of Object.entries(increments)) kept[name] = (kept[name] ?? 0) + value;
      counters.set(day, kept, DAILY_COUNTERS_TTL_MS);
    },
    async loadDailyCounters(days) {
      return Object.fromEntries(days.map((day) => [day, { ...(counters.get(day) ?? {}) }]));
    },
    async loadVectors(keys) {
      return keys.map((key) => {
        const vector = vectors.get(key);
        return vector === undefined ? undefined : [...vector];
      });
    },
    async saveVectors(items) {
      // Float32, as Redis keeps them: both stores give back the same numbers.
      for (const { key, vector } of items) vectors.set(key, Float32Array.from(vector), VECTOR_TTL_MS);
    },
  };
}

function deliveryKey(messageId: string, index: number): string {
  return JSON.stringify([messageId, index]);
}
