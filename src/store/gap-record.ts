// What both stores do to a knowledge gap before keeping it: it is kept for weeks and read by
// editors who do not need to know who asked, so personal data is redacted, other people's
// handles removed and the text bounded.
import type { KnowledgeGap } from '../insights/insight-store.ts';
import { redactPersonalData } from '../privacy/mask-personal-data.ts';

/**
 * Gaps kept per day. Far more unanswered questions than a team reviews in a day; a day with
 * more is an incident (an outage), and the first ones group exactly as all of them would.
 */
export const MAX_GAPS_PER_DAY = 10_000;

/** Characters kept of a question: a post is at most 280 on X; a long DM is cut. */
export const MAX_GAP_QUESTION_CHARS = 500;

/** Mentions of accounts (`@mario_rossi`): a name the editors do not need. */
const MENTION = /(?<![\p{L}\p{N}_])@[A-Za-z0-9_]{1,50}/gu;

export function toStoredGap(gap: KnowledgeGap): KnowledgeGap {
  const redacted = redactPersonalData(gap.question).replace(MENTION, '@…');
  const question = redacted.length > MAX_GAP_QUESTION_CHARS ? `${redacted.slice(0, MAX_GAP_QUESTION_CHARS - 1)}…` : redacted;
  return { ...gap, question };
}

/** The UTC day a gap belongs to: when it was asked, or `now` when that time is unreadable. */
export function gapDayOf(gap: KnowledgeGap, now: number): string {
  const at = Date.parse(gap.at);
  return new Date(Number.isFinite(at) ? at : now).toISOString().slice(0, 10);
}

/** A counters' increment must be a whole number: Redis adds integers, and so does the memory store. */
export function checkIncrements(increments: Readonly<Record<string, number>>): void {
  for (const [name, value] of Object.entries(increments)) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`daily counter ${name}: ${value} is not a whole number`);
  }
}
