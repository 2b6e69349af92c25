// What the Studio's gap report and team view read: the questions the bot could not answer
// confidently (never with personal data) and per-day counters of what the bot and the desk did.
// The memory and Redis stores implement it beside the conversation store and pass the same
// contract suite (test/store/store-contract.ts).
import type { ChannelId } from '../core/model.ts';

/** A question the bot could not answer confidently: the editors' to-do list. */
export interface KnowledgeGap {
  /** ISO time the customer posted it. */
  at: string;
  channel: ChannelId;
  lang: string;
  /** The question as the matcher read it; stored with personal data redacted and handles removed. */
  question: string;
  /** No entry matched confidently, or the best entry has no translation in `lang`. */
  why: 'no-confident-answer' | 'no-answer-in-language';
  /** The best match, below the threshold or untranslated. */
  closest?: { id: string; confidence: number };
}

/** Named whole-number counters of one day (see daily-counters.ts for the names). */
export type DailyCounters = Record<string, number>;

export interface InsightStore {
  /** Keeps a gap under the UTC day it was asked, redacted and bounded (GAP_TTL_MS, MAX_GAPS_PER_DAY). */
  recordGap(gap: KnowledgeGap): Promise<void>;
  /** The gaps of these UTC days (`YYYY-MM-DD`), in the order of the days given. */
  loadGaps(days: readonly string[]): Promise<KnowledgeGap[]>;
  /** Adds whole numbers to a day's counters (a counter starts at 0); kept DAILY_COUNTERS_TTL_MS. */
  addDailyCounters(day: string, increments: Readonly<DailyCounters>): Promise<void>;
  /** The counters of these days; a day without any is `{}`. */
  loadDailyCounters(days: readonly string[]): Promise<Record<string, DailyCounters>>;
}
