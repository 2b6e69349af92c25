// Every Redis key Pronto uses, built in one place from a prefix, so replicas that share a prefix
// share facts and deployments (or tests) with different prefixes never see each other's.
// Each key's retention is in store-ttls.ts.

/** The prefix when none is configured. */
export const DEFAULT_KEY_PREFIX = 'pronto:';

export interface RedisKeys {
  /** A claimed message id (dedupe). TTL: DEDUPE_TTL_MS. */
  claim(messageId: string): string;
  /** A conversation lock holding its holder's token. TTL: LOCK_TTL_MS, renewed while held. */
  lock(conversationKey: string): string;
  /** A conversation's state as JSON. TTL: CONVERSATION_TTL_MS, refreshed on every save. */
  conversation(conversationKey: string): string;
  /** A conversation's history, a list of JSON turns, oldest first. TTL: HISTORY_TTL_MS, refreshed on append. */
  history(conversationKey: string): string;
  /** The actions decided for a message, as JSON. TTL: DECISION_TTL_MS. */
  decision(messageId: string): string;
  /** The reservation or delivery of one action. TTL: the hold, then DELIVERY_TTL_MS once done. */
  delivery(messageId: string, index: number): string;
  /** A polling cursor. No TTL (see store-ttls.ts). */
  cursor(name: string): string;
  /** A lease (one poller at a time) holding its owner. TTL: the owner's `ttlMs`. */
  lease(name: string): string;
  /** A handoff ticket of the agents' desk, as JSON. TTL: TICKET_TTL_MS, refreshed on save. */
  ticket(id: string): string;
  /** The ticket id of a conversation's latest handoff. TTL: TICKET_TTL_MS. */
  ticketOfConversation(conversationKey: string): string;
  /** The ticket id of a Slack thread (`channel:ts`). TTL: TICKET_TTL_MS. */
  ticketOfThread(slackChannel: string, threadTs: string): string;
  /** The set of ticket ids not resolved yet. Members leave when resolved. */
  openTickets(): string;
  /** A UTC day's knowledge gaps, a list of JSON gaps. TTL: GAP_TTL_MS, restarted on each gap. */
  gaps(day: string): string;
  /** A UTC day's counters, a hash of whole numbers. TTL: DAILY_COUNTERS_TTL_MS, restarted on each add. */
  dailyCounters(day: string): string;
  /** An embedding vector (base64 little-endian float32) by the hash of model and text. TTL: VECTOR_TTL_MS. */
  vector(key: string): string;
}

export function createRedisKeys(prefix: string = DEFAULT_KEY_PREFIX): RedisKeys {
  return {
    claim: (messageId) => `${prefix}claim:${messageId}`,
    lock: (conversationKey) => `${prefix}lock:${conversationKey}`,
    conversation: (conversationKey) => `${prefix}conversation:${conversationKey}`,
    history: (conversationKey) => `${prefix}history:${conversationKey}`,
    decision: (messageId) => `${prefix}decision:${messageId}`,
    // The index goes last: it is an integer, so the key stays unambiguous even when message
    // ids contain colons.
    delivery: (messageId, index) => `${prefix}delivery:${messageId}:${index}`,
    cursor: (name) => `${prefix}cursor:${name}`,
    lease: (name) => `${prefix}lease:${name}`,
    ticket: (id) => `${prefix}ticket:${id}`,
    ticketOfConversation: (conversationKey) => `${prefix}ticket-of:${conversationKey}`,
    ticketOfThread: (slackChannel, threadTs) => `${prefix}ticket-thread:${slackChannel}:${threadTs}`,
    openTickets: () => `${prefix}tickets-open`,
    gaps: (day) => `${prefix}gaps:${day}`,
    dailyCounters: (day) => `${prefix}daily:${day}`,
    vector: (key) => `${prefix}vector:${key}`,
  };
}
