// The default store: everything in this process. Right for the CLI, tests and a single
// instance; use the Redis store when several replicas share the work or state must survive a
// restart.
import type { ConversationState, ConversationStore } from '../core/ports.ts';

/**
 * How long a claimed message id is remembered. Platforms redeliver within minutes (Slack retries
 * for ~30 min, X polling overlaps by one page), so a day is ample and keeps memory bounded.
 */
export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

export interface MemoryStoreOptions {
  now?: () => number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): ConversationStore {
  const now = options.now ?? Date.now;
  const claimedUntil = new Map<string, number>();
  const conversations = new Map<string, ConversationState>();
  const lockTails = new Map<string, Promise<unknown>>();

  function forgetExpiredClaims(at: number): void {
    // Map iteration is in insertion order, and insertion order is expiry order.
    for (const [id, until] of claimedUntil) {
      if (until > at) break;
      claimedUntil.delete(id);
    }
  }

  return {
    async claimMessage(messageId) {
      const at = now();
      forgetExpiredClaims(at);
      if (claimedUntil.has(messageId)) return false;
      claimedUntil.set(messageId, at + DEDUPE_TTL_MS);
      return true;
    },
    async withConversationLock(key, work) {
      // A promise chain per conversation: each holder runs after the previous one settles.
      const previous = lockTails.get(key) ?? Promise.resolve();
      const run = previous.then(work, work);
      const tail = run.catch(() => undefined);
      lockTails.set(key, tail);
      try {
        return await run;
      } finally {
        if (lockTails.get(key) === tail) lockTails.delete(key);
      }
    },
    async loadConversation(key) {
      const state = conversations.get(key);
      return state === undefined ? undefined : { ...state };
    },
    async saveConversation(key, state) {
      conversations.set(key, { ...state });
    },
  };
}
