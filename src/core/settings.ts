import type { BusinessHours } from './business-hours.ts';

// Behaviour settings of the responder. The composition root fills them from the environment
// (or the CLI from its flags); core only reads them.

export interface ResponderSettings {
  /** The brand's own handle(s) without `@`: their posts are ignored and `@handle` is stripped. */
  brandHandles: string[];
  /** The brand's own user ids on the channels: their posts are ignored. */
  brandUserIds: string[];
  /** X user id of the brand, for the "open a DM" link in public replies. */
  xDmRecipientId?: string;
  /** Calibrated confidence (0..1) a match needs before the bot answers with it. */
  answerThreshold: number;
  /** Authors with at least this many followers count as influencers. */
  influencerFollowers: number;
  /** Whether a verified badge alone makes an author an influencer. */
  influencerVerified: boolean;
  /**
   * X verification types that count as a verified badge (Author.verified). Any paid account is
   * verified on X (`blue`), so by default only organisations and public bodies count.
   */
  influencerVerifiedTypes: string[];
  /** Language used when neither a hint nor detection gives one. */
  defaultLang: string;
  /** Languages the detector chooses among (ISO 639-1). */
  languages: string[];
  /** Opening hours of the agents' desk: outside them holding replies say when people are back. */
  deskHours?: BusinessHours;
  /**
   * Lowest confidence at which a plain question gets an "answer if grounded" step: a model's
   * answer that code accepts only when the knowledge supports it, else today's plan. Set only
   * when a model writes answers; unset, there is no such band.
   */
  groundedAnswerFloor?: number;
}

export const DEFAULT_SETTINGS: ResponderSettings = {
  brandHandles: [],
  brandUserIds: [],
  // Chosen on training splits only (`npx tsx bench/matching.ts --fit`): at 0.6 the answers of a
  // knowledge with 10 example questions per entry are right 92% of the time with 65% of the
  // questions answered, and 96% of off-topic questions are left unanswered (see README,
  // Benchmarks, for the test figures).
  answerThreshold: 0.6,
  // Playbook: influencers' complaints reach a human first. 10k followers is a common
  // "micro-influencer" floor; brands tune it.
  influencerFollowers: 10_000,
  influencerVerified: true,
  influencerVerifiedTypes: ['business', 'government'],
  defaultLang: 'it',
  languages: ['it', 'en', 'es', 'fr', 'de'],
};
