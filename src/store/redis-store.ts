// The shared store: durable facts in Redis, so several replicas split the work without
// answering twice and state survives restarts. Keys come from redis-keys.ts, retention from
// store-ttls.ts; every read-then-write step is one Lua script, so it is atomic across replicas.
//
// Failures: every method rejects with StoreUnavailableError (code `store_unavailable`) when Redis
// is down or slow; give it a connection from connectRedis(), which fails fast instead of queueing
// commands. The caller should not ack or advance anything and retry later: nothing is lost, and
// the dedupe, decision and delivery marks make the retry safe. ioredis reconnects by itself.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Action } from '../core/model.ts';
import type {
  ConversationState,
  ConversationStore,
  ConversationTurn,
  Delivery,
  DeliveryStore,
  VectorCache,
} from '../core/ports.ts';
import { ProntoError } from '../errors.ts';
import type { DailyCounters, InsightStore, KnowledgeGap } from '../insights/insight-store.ts';
import { callRedis } from './call-redis.ts';
import { StoreUnavailableError } from './store-errors.ts';
import { createTurnQueue } from './create-turn-queue.ts';
import { createRedisKeys } from './redis-keys.ts';
import {
  ADD_COUNTERS,
  APPEND_TURN,
  DELETE_IF_EQUAL,
  RESERVE_DELIVERY,
  RESERVED_MARK,
  runScript,
  SET_ONCE,
  TAKE_OR_RENEW,
} from './redis-scripts.ts';
import {
  CONVERSATION_TTL_MS,
  DAILY_COUNTERS_TTL_MS,
  DECISION_TTL_MS,
  DEDUPE_TTL_MS,
  DELIVERY_TTL_MS,
  GAP_TTL_MS,
  HISTORY_TTL_MS,
  LOCK_TTL_MS,
  LOCK_WAIT_MS,
  VECTOR_TTL_MS,
} from './store-ttls.ts';
import { MAX_GAPS_PER_DAY, checkIncrements, gapDayOf, toStoredGap } from './gap-record.ts';
import { withRedisLock } from './with-redis-lock.ts';
import { MAX_HISTORY_TURNS, toStoredTurn } from './history-turn.ts';

export interface RedisStoreOptions {
  /** Key prefix shared by the replicas of one deployment; default `pronto:`. */
  prefix?: string;
  /** Milliseconds since the epoch; measures the lock wait. */
  now?: () => number;
  /** Lock TTL (default LOCK_TTL_MS); shorter only in tests. */
  lockTtlMs?: number;
  /** Longest wait for a lock held by another replica (default LOCK_WAIT_MS). */
  lockWaitMs?: number;
}

export type RedisStore = ConversationStore &
  DeliveryStore &
  InsightStore &
  VectorCache & {
    /** Closes the connection the store was given (after pending replies). */
    close(): Promise<void>;
  };

export function createRedisStore(redis: Redis, options: RedisStoreOptions = {}): RedisStore {
  const keys = createRedisKeys(options.prefix);
  const lockOptions = {
    ttlMs: options.lockTtlMs ?? LOCK_TTL_MS,
    waitMs: options.lockWaitMs ?? LOCK_WAIT_MS,
    now: options.now ?? Date.now,
  };
  const turns = createTurnQueue();
  // Tokens of claims that failed: Redis may have set the key before the reply was lost, so a
  // retry in this process reuses the token and recognizes the claim as its own instead of
  // dropping the message as a duplicate.
  const failedClaims = new Map<string, string>();

  return {
    async claimMessage(messageId) {
      // Taken out before the call, so two concurrent claims never share a token.
      const token = failedClaims.get(messageId) ?? randomUUID();
      failedClaims.delete(messageId);
      try {
        const claimed = await callRedis('claimMessage', () =>
          runScript(redis, TAKE_OR_RENEW, [keys.claim(messageId)], [token, DEDUPE_TTL_MS]),
        );
        return claimed === 1;
      } catch (error) {
        rememberFailedClaim(failedClaims, messageId, token);
        throw error;
      }
    },
    withConversationLock(key, work) {
      // Local callers queue in order; only the head of the queue contends with other replicas.
      return turns.run(key, () => withRedisLock(redis, keys.lock(key), work, lockOptions));
    },
    async loadConversation(key) {
      const stored = await callRedis('loadConversation', () => redis.get(keys.conversation(key)));
      return stored === null ? undefined : parseStored(stored, keys.conversation(key), isConversationState);
    },
    async saveConversation(key, state) {
      await callRedis('saveConversation', () =>
        redis.set(keys.conversation(key), JSON.stringify(state), 'PX', CONVERSATION_TTL_MS),
      );
    },
    async appendTurn(key, turn) {
      await callRedis('appendTurn', () =>
        runScript(
          redis,
          APPEND_TURN,
          [keys.history(key)],
          [JSON.stringify(toStoredTurn(turn)), turn.id ?? '', MAX_HISTORY_TURNS, HISTORY_TTL_MS],
        ),
      );
    },
    async loadTurns(key) {
      const kept = await callRedis('loadTurns', () => redis.lrange(keys.history(key), 0, -1));
      return kept.map((item) => parseStored(item, keys.history(key), isConversationTurn));
    },
    async saveDecisionOnce(messageId, actions) {
      const key = keys.decision(messageId);
      const stored = await callRedis('saveDecisionOnce', () =>
        runScript(redis, SET_ONCE, [key], [JSON.stringify(actions), DECISION_TTL_MS]),
      );
      return parseStored(asString(stored, key), key, isActionList);
    },
    async reserveDelivery(messageId, index, holdMs) {
      const key = keys.delivery(messageId, index);
      const reply = await callRedis('reserveDelivery', () =>
        runScript(redis, RESERVE_DELIVERY, [key], [Math.max(1, Math.ceil(holdMs))]),
      );
      const stored = asString(reply, key);
      if (stored === 'reserved' || stored === 'in-flight') return { state: stored };
      return { state: 'done', delivery: parseStored(stored, key, isDelivery) };
    },
    async completeDelivery(messageId, index, delivery) {
      await callRedis('completeDelivery', () =>
        redis.set(keys.delivery(messageId, index), JSON.stringify(delivery), 'PX', DELIVERY_TTL_MS),
      );
    },
    async releaseDelivery(messageId, index) {
      await callRedis('releaseDelivery', () =>
        runScript(redis, DELETE_IF_EQUAL, [keys.delivery(messageId, index)], [RESERVED_MARK]),
      );
    },
    async getCursor(name) {
      const value = await callRedis('getCursor', () => redis.get(keys.cursor(name)));
      return value ?? undefined;
    },
    async setCursor(name, value) {
      await callRedis('setCursor', () => redis.set(keys.cursor(name), value));
    },
    async holdLease(name, owner, ttlMs) {
      const held = await callRedis('holdLease', () =>
        runScript(redis, TAKE_OR_RENEW, [keys.lease(name)], [owner, Math.max(1, Math.ceil(ttlMs))]),
      );
      return held === 1;
    },
    async releaseLease(name, owner) {
      await callRedis('releaseLease', () => runScript(redis, DELETE_IF_EQUAL, [keys.lease(name)], [owner]));
    },
    async ping() {
      await callRedis('ping', () => redis.ping());
    },
    async loadVectors(vectorKeys) {
      if (vectorKeys.length === 0) return [];
      const values = await callRedis('loadVectors', () => redis.mget(...vectorKeys.map(keys.vector)));
      return values.map((value) => (value === null ? undefined : decodeVector(value)));
    },
    async saveVectors(items) {
      if (items.length === 0) return;
      const pipeline = redis.pipeline();
      for (const { key, vector } of items) pipeline.set(keys.vector(key), encodeVector(vector), 'PX', VECTOR_TTL_MS);
      const results = await callRedis('saveVectors', () => pipeline.exec());
      const failed = results?.find(([error]) => error !== null);
      if (failed !== undefined) throw new StoreUnavailableError('saveVectors', failed[0]);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
    async recordGap(gap) {
      const key = keys.gaps(gapDayOf(gap, Date.now()));
      await callRedis('recordGap', () =>
        redis
          .multi()
          .rpush(key, JSON.stringify(toStoredGap(gap)))
          // The day's first MAX_GAPS_PER_DAY are kept; later ones are dropped.
          .ltrim(key, 0, MAX_GAPS_PER_DAY - 1)
          .pexpire(key, GAP_TTL_MS)
          .exec(),
      );
    },
    async loadGaps(days) {
      const lists = await callRedis('loadGaps', () => Promise.all(days.map((day) => redis.lrange(keys.gaps(day), 0, -1))));
      return lists.flatMap((items, index) => items.map((item) => parseStored(item, keys.gaps(days[index]!), isKnowledgeGap)));
    },
    async addDailyCounters(day, increments) {
      checkIncrements(increments);
      const fields = Object.entries(increments).flat();
      await callRedis('addDailyCounters', () => runScript(redis, ADD_COUNTERS, [keys.dailyCounters(day)], [DAILY_COUNTERS_TTL_MS, ...fields]));
    },
    async loadDailyCounters(days) {
      const hashes = await callRedis('loadDailyCounters', () => Promise.all(days.map((day) => redis.hgetall(keys.dailyCounters(day)))));
      return Object.fromEntries(days.map((day, index) => [day, toCounters(hashes[index] ?? {})]));
    },
  };
}

/**
 * Failed claims remembered at most. An outage leaves one entry per message then in flight, and
 * retries remove them; the cap only bounds memory when messages are never retried.
 */
const MAX_FAILED_CLAIMS = 10_000;

function rememberFailedClaim(failedClaims: Map<string, string>, messageId: string, token: string): void {
  if (failedClaims.size >= MAX_FAILED_CLAIMS) {
    const oldest = failedClaims.keys().next();
    if (oldest.done !== true) failedClaims.delete(oldest.value);
  }
  failedClaims.set(messageId, token);
}

function asString(reply: unknown, key: string): string {
  if (typeof reply === 'string') return reply;
  if (Buffer.isBuffer(reply)) return reply.toString('utf8');
  throw corrupt(key, `unexpected reply ${String(reply)}`);
}

function parseStored<T>(text: string, key: string, isExpected: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw corrupt(key, error instanceof Error ? error.message : String(error));
  }
  if (!isExpected(value)) throw corrupt(key, 'unexpected shape');
  return value;
}

function isConversationState(value: unknown): value is ConversationState {
  return isRecord(value) && typeof value.mode === 'string' && typeof value.updatedAt === 'string';
}

function isConversationTurn(value: unknown): value is ConversationTurn {
  return isRecord(value) && typeof value.from === 'string' && typeof value.text === 'string' && typeof value.at === 'string';
}

function isActionList(value: unknown): value is Action[] {
  return Array.isArray(value) && value.every((action) => isRecord(action) && typeof action.type === 'string');
}

function isKnowledgeGap(value: unknown): value is KnowledgeGap {
  return isRecord(value) && typeof value.question === 'string' && typeof value.at === 'string' && typeof value.lang === 'string';
}

function toCounters(hash: Record<string, string>): DailyCounters {
  return Object.fromEntries(Object.entries(hash).map(([name, value]) => [name, Number(value)]));
}

function isDelivery(value: unknown): value is Delivery {
  return isRecord(value) && typeof value.id === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function corrupt(key: string, detail: string): ProntoError {
  return new ProntoError(
    'store_corrupt',
    `Redis key ${key} does not hold what Pronto wrote there (${detail}); another program may share the key prefix: give Pronto its own prefix.`,
  );
}

/** A vector as base64 little-endian float32: a quarter of its JSON, and what embedding APIs send. */
function encodeVector(vector: readonly number[]): string {
  const buffer = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => buffer.writeFloatLE(value, index * 4));
  return buffer.toString('base64');
}

function decodeVector(value: string): number[] {
  const buffer = Buffer.from(value, 'base64');
  const vector: number[] = [];
  for (let offset = 0; offset + 4 <= buffer.length; offset += 4) vector.push(buffer.readFloatLE(offset));
  return vector;
}
