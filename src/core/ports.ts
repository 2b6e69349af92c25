// Ports: the small contracts src/core needs from the outside. Adapters implement them; core
// never imports an adapter or a vendor SDK (test/core/boundaries.test.ts enforces it).
import type {
  Action,
  InboundMessage,
  KnowledgeEntry,
  KnowledgeMatch,
  Plan,
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
}

/** The slice of pino the core uses: structured data first, then an `area.event_past_tense` name. */
export interface Logger {
  info(data: object, event: string): void;
  warn(data: object, event: string): void;
  error(data: object, event: string): void;
}
