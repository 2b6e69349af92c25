// Positive, neutral or negative, from lexicon phrases, negation, emoji and shouting.
import type { Sentiment } from '../model.ts';
import type { LexiconMatch, TextAnalysis } from './analyze-text.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';

const POSITIVE: ReadonlySet<LexiconCategory> = new Set(['positive', 'praise', 'thanks']);
const NEGATIVE: ReadonlySet<LexiconCategory> = new Set([
  'negative', 'complaint', 'faulty', 'security', 'churn', 'abuse', 'legal', 'safety',
]);
// In customer care a problem outweighs politeness: "grazie, ma non funziona" is a complaint.
const NEGATIVE_WEIGHT = 1.5;
// Shouting, "!!!" and angry emoji sharpen the negative side further.
const INTENSIFIED_NEGATIVE_WEIGHT = 2;
// A few emoji say as much as a word; a row of them does not say more.
const MAX_EMOJI_COUNTED = 2;

export function scoreSentiment(analysis: TextAnalysis, surface: Surface): Sentiment {
  const positives = countSpans(analysis.matches.filter((m) => POSITIVE.has(m.category)));
  // A negated positive ("non sono soddisfatto") is a negative; a negated negative is nothing.
  const flipped = analysis.negated.filter((m) => m.category === 'positive' || m.category === 'praise');
  const negatives = countSpans([...analysis.matches.filter((m) => NEGATIVE.has(m.category)), ...flipped]);
  const angry = Math.min(surface.angryEmoji, MAX_EMOJI_COUNTED);
  const happy = Math.min(surface.happyEmoji, MAX_EMOJI_COUNTED);
  const intense = surface.shouting || surface.repeatedPunctuation || angry > 0;
  const weight = intense ? INTENSIFIED_NEGATIVE_WEIGHT : NEGATIVE_WEIGHT;
  const score = positives + happy - weight * (negatives + angry);
  if (score > 0) return 'positive';
  if (score < 0) return 'negative';
  // Nothing said either way, but shouting or "???" is exasperation.
  if (positives + happy === 0 && (surface.shouting || surface.exasperatedQuestion)) return 'negative';
  return 'neutral';
}

/** Overlapping phrases ("problema" inside "problemi di rete") count once. */
function countSpans(matches: readonly LexiconMatch[]): number {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  let count = 0;
  let end = -1;
  for (const match of sorted) {
    if (match.start >= end) count++;
    end = Math.max(end, match.end);
  }
  return count;
}
