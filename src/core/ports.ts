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
