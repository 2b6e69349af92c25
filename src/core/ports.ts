// Ports: the small contracts src/core needs from the outside. Adapters implement them; core
// never imports an adapter or a vendor SDK (test/core/boundaries.test.ts enforces it).
import type {
  Action,
  ChannelId,
  DmAction,
  HandoffAction,
  InboundMessage,
  KnowledgeEntry,
  KnowledgeMatch,
  Plan,
  ReplyAction,
  Triage,
} from './model.ts';

export interface Clock {
  now(): Date;
}

/** The knowledge base as the responder sees it: ranked matches and entries by id and language. */
export interface KnowledgeIndex {
  /**
   * Candidates for a customer's text, best first. Only entries usable at `now` are considered
   * (inactive or expired notices are left out). `lang` is the customer's language: matching may
   * use every translation, but the caller decides whether a translation exists.
   */
  search(text: string, options: { lang: string; now: Date; limit?: number }): KnowledgeMatch[];
  /** The entry `id` in `lang`, or undefined when that translation does not exist. */
  entry(id: string, lang: string): KnowledgeEntry | undefined;
  /** Languages `id` is written in. */
  languages(id: string): string[];
}

/** What the composer needs beside the plan to write text. */
export interface ComposeContext {
  message: InboundMessage;
  triage: Triage;
  knowledge: KnowledgeIndex;
  now: Date;
  /** The conversation before this message, oldest first (read only by composers that use it). */
  history?: () => Promise<ConversationTurn[]>;
}

/** Turns a plan into actions with text (offline templates, or an LLM). */
export interface AnswerComposer {
  compose(plan: Plan, context: ComposeContext): Promise<Action[]>;
}

/** Who speaks for the brand in a conversation (the handoff state machine, handoff.ts). */
export type ConversationMode = 'bot' | 'awaiting_agent' | 'with_agent';

/** What the store keeps per conversation. Small on purpose: it is written on every message. */
export interface ConversationState {
  mode: ConversationMode;
  /** Customer posts handled so far in this conversation (repeats still get an answer). */
  customerPosts: number;
  /** Language of the last reply, so a later agent reply can follow it. */
  lang?: string;
  /** ISO time of the last change. */
  updatedAt: string;
  /** Where to answer this conversation later (live channels only). */
  replyAddress?: ReplyAddress;
}

/**
 * One turn of a conversation's history, as an agent (and a drafting model) reads it: who said
 * what and when. `referenced` is a post the customer replied to or quoted (on X), written by
 * `author`.
 */
export interface ConversationTurn {
  from: 'customer' | 'bot' | 'agent' | 'referenced';
  text: string;
  /** ISO time. */
  at: string;
  /**
   * What this turn is (an inbound message id, `<message id>#<action index>` for a bot's action,
   * a Slack ts for an agent's reply): appending a turn whose id is already kept does nothing, so
   * a retried message never shows twice.
   */
  id?: string;
  /** Public reply or private message, for bot and agent turns. */
  kind?: 'reply' | 'dm';
  /** Handle of the author of a `referenced` post, or the agent's id for `agent` turns. */
  author?: string;
}

/**
 * Durable facts about conversations. Implementations: in memory (one process) and Redis
 * (several replicas); both pass the same contract suite.
 */
export interface ConversationStore {
  /** True the first time a message id is claimed, false for every later claim (dedupe). */
  claimMessage(messageId: string): Promise<boolean>;
  /** Runs `work` while holding the conversation's lock, so its messages are handled one at a time. */
  withConversationLock<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
  loadConversation(conversationKey: string): Promise<ConversationState | undefined>;
  saveConversation(conversationKey: string, state: ConversationState): Promise<void>;
  /**
   * Adds a turn to the conversation's history, masked (personal data shows only its last
   * characters) and bounded (the newest MAX_HISTORY_TURNS turns, each cut at MAX_TURN_CHARS),
   * unless a turn with the same `id` is kept already.
   */
  appendTurn(conversationKey: string, turn: ConversationTurn): Promise<void>;
  /** The conversation's kept history, oldest first (empty when none). */
  loadTurns(conversationKey: string): Promise<ConversationTurn[]>;
}

/**
 * Ranks knowledge matches by meaning as well as words (embeddings from the model's endpoint).
 * Optional: only with a model that checks its answers, since it may offer entries the words
 * missed; it never raises an entry to the answer threshold by itself.
 */
export interface SemanticRanker {
  /** `matches` (the lexical ones, best first) re-ranked, with entries the words missed added. */
  rank(text: string, matches: KnowledgeMatch[], options: { lang: string }): Promise<KnowledgeMatch[]>;
}

/**
 * Embedding vectors by key (a hash of model and text): computing one costs a request, and a
 * knowledge base is embedded again on every start and reload. Both stores implement it.
 */
export interface VectorCache {
  /** The vectors of `keys`, in order; undefined where none is kept. */
  loadVectors(keys: readonly string[]): Promise<(number[] | undefined)[]>;
  saveVectors(vectors: readonly { key: string; vector: readonly number[] }[]): Promise<void>;
}

/** The slice of pino the core uses: structured data first, then an `area.event_past_tense` name. */
export interface Logger {
  /** Routine detail an operator turns on when looking into something (optional: small loggers skip it). */
  debug?(data: object, event: string): void;
  info(data: object, event: string): void;
  warn(data: object, event: string): void;
  error(data: object, event: string): void;
}

// ---------------------------------------------------------------------------------------------
// Live service (channels, durable delivery). The replay CLI does not need these.

/**
 * Where to answer a conversation later, as only its channel understands it (DESIGN: reply
 * addresses). Stored with the conversation so an agent's reply from Slack minutes later still
 * reaches the customer on the right channel. JSON-serializable.
 */
export interface ReplyAddress {
  channel: ChannelId;
  /** Channel-specific data, e.g. the tweet to reply to and the author to DM on X. */
  data: Record<string, string>;
}

/** What a channel returns when it delivered something: the platform's id of what it posted. */
export interface Delivery {
  id: string;
}

/** A customer-facing channel adapter (X, Bot Framework...). */
export interface CustomerChannel {
  readonly id: ChannelId;
  /** The reply address of an inbound message of this channel. */
  replyAddressOf(message: InboundMessage): ReplyAddress;
  /**
   * Delivers a reply (where the conversation is) or a DM (to the author). Throws a ChannelError
   * (src/errors.ts) with `retryAfterMs` when rate-limited and `retryable` for 5xx/network.
   */
  send(action: ReplyAction | DmAction, address: ReplyAddress): Promise<Delivery>;
  /**
   * Whether `action` was already delivered (a sender may have crashed between sending and
   * recording it). Called only on retries, since it costs a read on billed APIs.
   */
  findDelivered?(action: ReplyAction | DmAction, address: ReplyAddress, inboundAt: string): Promise<Delivery | undefined>;
  /**
   * Shows the customer that the bot is working on `message` (a typing indicator where the
   * platform has one) until the decision is made. Best effort: it never throws.
   */
  showWorking?(message: InboundMessage): WorkingIndicator;
}

/** A "working on it" signal in progress. */
export interface WorkingIndicator {
  /** Ends it; resolves once nothing more of it can reach the customer. */
  stop(): Promise<void>;
}

/**
 * Durable facts of the live service beyond conversations: what was decided and delivered per
 * inbound message (so a retry or another replica never sends twice), polling cursors and the
 * poller lease (one replica polls at a time). Memory and Redis implement it and pass the same
 * contract suite.
 */
export interface DeliveryStore {
  /**
   * Stores the actions decided for an inbound message unless some are stored already, and
   * returns the stored ones: a retry delivers what was first decided, never a second decision.
   */
  saveDecisionOnce(messageId: string, actions: Action[]): Promise<Action[]>;
  /** Reserves the delivery of action `index` of a message for `holdMs`, unless reserved or done. */
  reserveDelivery(messageId: string, index: number, holdMs: number): Promise<DeliveryState>;
  /** Records that action `index` of a message was delivered (its platform id). */
  completeDelivery(messageId: string, index: number, delivery: Delivery): Promise<void>;
  /** Gives a reservation back after a failed send, so a retry may try again. */
  releaseDelivery(messageId: string, index: number): Promise<void>;
  getCursor(name: string): Promise<string | undefined>;
  setCursor(name: string, value: string): Promise<void>;
  /** Takes or renews the lease `name` for `owner` for `ttlMs`; true while `owner` holds it. */
  holdLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, owner: string): Promise<void>;
  /** Reachability, for /readyz. */
  ping(): Promise<void>;
}

/**
 * `reserved`: this caller may send now. `in-flight`: someone else reserved it and its hold has
 * not expired (possibly a crashed sender: see README, restarts). `done`: delivered before.
 */
export type DeliveryState =
  | { state: 'reserved' }
  | { state: 'in-flight' }
  | { state: 'done'; delivery: Delivery };

/** The agents' desk (Slack): where handoffs go. Until a desk is configured, handoffs are logged. */
export interface AgentDesk {
  /** Opens (or updates) the handoff of a conversation for a human; returns the desk's id for it. */
  openHandoff(handoff: HandoffAction, message: InboundMessage): Promise<Delivery>;
  /** Shows a customer's new message to the agent who owns the conversation (the bot stays quiet). */
  relayCustomerMessage?(message: InboundMessage): Promise<Delivery>;
}
