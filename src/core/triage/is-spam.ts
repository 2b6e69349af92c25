// Promotion and schemes, never a customer: bait words with a link, crypto and follower schemes,
// or a wall of tags. A customer's complaint, however often repeated or tagged, is never spam.
import type { MessageTrait } from '../model.ts';
import type { TextAnalysis } from './analyze-text.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';

// Customers rarely tag more than a few accounts or topics; accounts spraying promotions do.
const MANY_HASHTAGS = 5;
const MANY_MENTIONS = 5;
// One bait word is ordinary speech ("is installation free?"); two different ones with a link
// ("win", "free", "click here") are a promotion.
const MIN_BAIT_WORDS = 2;
// A problem told in a scheme's words is a customer's ("AirDrop stopped working", "my OnlyFans
// payout never arrived"); asking for a DM is not enough, schemes ask for one too.
const PROBLEM_TRAITS: readonly MessageTrait[] = ['complaint', 'faulty', 'security', 'churn', 'legal', 'safety'];
// Signs of a real customer: protest and complaints are never hidden (playbook).
const CUSTOMER_TRAITS: readonly MessageTrait[] = [...PROBLEM_TRAITS, 'account', 'human'];
const DISCONTENT: ReadonlySet<LexiconCategory> = new Set([
  'negative', 'complaint', 'faulty', 'abuse', 'security', 'churn',
]);

export function isSpam(analysis: TextAnalysis, surface: Surface, traits: ReadonlySet<MessageTrait>): boolean {
  if (analysis.matches.some((m) => m.category === 'spamScheme')) return !PROBLEM_TRAITS.some((trait) => traits.has(trait));
  if (CUSTOMER_TRAITS.some((trait) => traits.has(trait))) return false;
  // Even a negated gripe ("#no #answers #bs") is a person speaking, not a promotion.
  if ([...analysis.matches, ...analysis.negated].some((m) => DISCONTENT.has(m.category))) return false;
  const baitWords = new Set(
    analysis.matches.filter((m) => m.category === 'spamBait').map((m) => analysis.tokens.words[m.start]),
  );
  const manyTags = surface.hashtags >= MANY_HASHTAGS || surface.bodyMentions >= MANY_MENTIONS;
  if (baitWords.size >= MIN_BAIT_WORDS && (surface.links > 0 || manyTags)) return true;
  // Tags sprayed by a happy customer ("Another great flight #FunFlightAttendants ... thanks") are no promotion.
  return manyTags && !traits.has('question') && !traits.has('thanks');
}
